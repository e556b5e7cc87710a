import { describe, expect, it } from 'vitest';
import { layoutShift } from '../support/layout-shift';
import { useSite } from '../support/site-test';

const site = useSite();

describe('the wordtrack library', () => {
  it('narrows the list with the filters and shows the full list again when cleared', async () => {
    const { page } = await site.open('/wordtracks/');
    const visible = () => page.locator('.wordtrack[id]:visible').count();
    const total = await page.locator('.wordtrack[id]').count();
    expect(await visible()).toBe(total);

    await page.getByLabel('Phase', { exact: true }).selectOption('2');
    const phaseTwo = await visible();
    expect(phaseTwo).toBeGreaterThan(0);
    expect(phaseTwo).toBeLessThan(total);
    expect(await page.locator('.wordtrack[id]:visible').evaluateAll((cards) => cards.every((card) => (card as HTMLElement).dataset.phase === '2'))).toBe(true);
    await expect(page.locator('[data-count]').textContent()).resolves.toBe(`${phaseTwo} of ${total} wordtracks`);

    await page.getByLabel('Intent', { exact: true }).selectOption('transition');
    const both = await visible();
    expect(both).toBeLessThan(phaseTwo);
    expect(page.url()).toContain('phase=2');
    expect(page.url()).toContain('intent=transition');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await visible()).toBe(total);
    expect(page.url()).not.toContain('phase=');

    await page.getByLabel('Track', { exact: true }).selectOption('consultative');
    const consultative = await visible();
    expect(consultative).toBeGreaterThan(0);
    expect(consultative).toBeLessThan(total);
    expect(await page.locator('[data-track="consultative"] .wordtrack[id]').count()).toBe(consultative);
    expect(await page.getByRole('heading', { name: 'The showroom sale' }).isVisible()).toBe(false);
  });

  it('does not push the list down when the filters appear', async () => {
    const { page } = await site.open('/wordtracks/', { viewport: { width: 390, height: 844 } });
    await page.getByLabel('Phase', { exact: true }).waitFor();
    expect(await layoutShift(page)).toBeLessThan(0.01);
  });

  it('reads filters from the address, so a filtered list can be shared', async () => {
    const { page } = await site.open('/wordtracks/?stage=test-drive');
    const stages = await page.locator('.wordtrack[id]:visible').evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.stages));
    expect(stages.length).toBeGreaterThanOrEqual(6);
    expect(stages.every((value) => value?.split(' ').includes('test-drive'))).toBe(true);
    expect(await page.getByLabel('Stage', { exact: true }).inputValue()).toBe('test-drive');
  });

  it("puts a wordtrack's text on the clipboard with its copy button", async () => {
    const { page, context } = await site.open('/wordtracks/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const card = page.locator('.wordtrack[id]').nth(3);
    const text = (await card.locator('.wordtrack__text').textContent())!.replace(/^“|”$/g, '');
    await card.getByRole('button', { name: /^Copy/ }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Copied to the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  it('shows every wordtrack and no filter controls without JavaScript', async () => {
    const { page } = await site.open('/wordtracks/', { javaScriptEnabled: false });
    const total = await page.locator('.wordtrack[id]').count();
    expect(await page.locator('.wordtrack[id]:visible').count()).toBe(total);
    expect(await page.getByRole('group', { name: 'Filter wordtracks' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
  });
});

describe('printing a stage page', () => {
  it('prints the stage without navigation, buttons or the pager', async () => {
    const { page } = await site.open('/tracks/consultative/explore-problem/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    for (const name of ['Main', 'Breadcrumb', 'Reading order']) {
      expect(await page.getByRole('navigation', { name }).isVisible()).toBe(false);
    }
    expect(await page.locator('button:visible').count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
