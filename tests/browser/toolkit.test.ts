import { describe, expect, it } from 'vitest';
import { readPlaybook } from '../../src/lib/content/source';
import { templateAnchor } from '../../src/lib/content/followup-anchor';
import { useSite } from '../support/site-test';

const site = useSite();
interface Followup { situation: string; templates: { channel: string; body: string }[] }
const followups = readPlaybook('content').entries.filter((entry) => entry.collection === 'followups').map((entry) => ({ id: entry.id, ...(entry.data as Followup) }));

describe('the follow-up templates page', () => {
  it('copies a whole multi-line template, line breaks included, with a button named for the template', async () => {
    const followup = followups.find((candidate) => candidate.templates.some((template) => template.body.trim().includes('\n')))!;
    const template = followup.templates.find((candidate) => candidate.body.trim().includes('\n'))!;
    const { page, context } = await site.open(`/follow-ups/#${templateAnchor(followup.id, template.channel)}`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const card = page.locator(`#${templateAnchor(followup.id, template.channel)}`);
    const button = card.getByRole('button', { name: /^Copy: / });
    await button.waitFor();
    // The name says which template, not the whole message: a screen reader would otherwise read every line.
    expect(await button.getAttribute('aria-label')).not.toContain(template.body.trim().slice(0, 40));
    await button.click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Copied to the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(template.body.trim());
  });

  it('shows every template and no copy buttons without JavaScript', async () => {
    const { page } = await site.open('/follow-ups/', { javaScriptEnabled: false });
    const count = followups.reduce((sum, followup) => sum + followup.templates.length, 0);
    expect(await page.locator('.followup:visible').count()).toBe(count);
    expect(await page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
  });
});
