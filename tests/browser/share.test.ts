import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site-test';
import { axeViolations } from '../support/axe';
import { pdfInfo } from '../support/pdf';
import { resealedLink, shareLink } from '../support/share-links';
import { MAX_SHARE_LINK_LENGTH } from '../../src/lib/planner/share-link';
import { readPlan } from '../../src/lib/planner/plan-model';
import type { Plan } from '../../src/schemas/plan';

const site = useSite();
/** The realistic fixture as the planner reads it, every field present. */
const fixture = (readPlan(JSON.parse(readFileSync('tests/fixtures/full-plan.json', 'utf8'))) as { plan: Plan }).plan;
/** The realistic plan with one telling objective, so the reviewer has a coach flag to see. */
const plan: Plan = { ...fixture, objectives: [...fixture.objectives, 'Pitch our route optimiser to Dana'] };
const notes = 'Drop the pitch objective: Dana is still in Phase I.\nAsk Sam first how a bad Friday feels on the floor.';

const savedPlans = (page: Page): Promise<Plan[]> =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('attune:plan:')).map((key) => JSON.parse(localStorage.getItem(key)!)));

/** A browser of its own (storage, clipboard) whose planner holds `plans`. */
async function repWith(...plans: Plan[]) {
  // Seeded from a page of the site without the planner, which would otherwise start a blank plan of its own.
  const opened = await site.open('/plan/sheet/');
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await opened.page.evaluate((list) => list.forEach((item) => localStorage.setItem(`attune:plan:${item.id}`, JSON.stringify(item))), plans);
  await opened.page.goto(`${site.origin}/plan/`);
  await opened.page.locator('.planner[aria-busy="false"]').waitFor();
  return opened;
}

async function openLink(page: Page, link: string) {
  await page.goto(link);
  await page.locator('.shared').waitFor();
}

/** The link in a field, once it is made for what the page shows now. */
const linkIn = async (page: Page, field: string) => {
  await page.locator(field).waitFor();
  return page.locator(field).inputValue();
};

describe('sharing a plan for review', () => {
  it('makes a link to /plan/ that the rep copies, within the length limit', async () => {
    const { page } = await repWith(plan);
    await page.getByRole('button', { name: 'Share for review' }).click();
    const link = await linkIn(page, '#share-link');
    expect(link.startsWith(`${site.origin}/plan/#share=1.`)).toBe(true);
    expect(link.length).toBeLessThanOrEqual(MAX_SHARE_LINK_LENGTH);
    await page.getByRole('button', { name: 'Copy the link' }).click();
    await page.getByText('Link copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // The link follows the plan: an edit makes a new one.
    await page.getByLabel('Account').fill('Northwind Freight');
    await expect.poll(() => page.locator('#share-link').inputValue()).not.toBe(link);
  });

  it('hands the link to the system share sheet where there is one', async () => {
    const { page, context } = await repWith(plan);
    await context.addInitScript(() => {
      const sent: ShareData[] = [];
      Object.assign(window, { sent });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void sent.push(data) });
    });
    await page.reload();
    await page.getByRole('button', { name: 'Share for review' }).click();
    const link = await linkIn(page, '#share-link');
    await page.getByRole('button', { name: 'Send…' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { sent: ShareData[] }).sent)).toEqual([{ title: 'Call plan for review: Northwind: second meeting', url: link }]);
  });

  it('offers the JSON file instead when the plan is too long for a link', async () => {
    let seed = 7;
    const varied = (length: number) => Array.from({ length }, () => 'abcdefghijklmnopqrstuvwxyz '[(seed = (seed * 48271) % 2147483647) % 27]).join('');
    const long = { ...plan, known: varied(2000), gaps: varied(2000), holdBack: varied(2000) };
    const { page } = await repWith(long);
    await page.getByRole('button', { name: 'Share for review' }).click();
    await page.getByText(/^This plan is too long for a link: it would be [\d,]+ characters, and plan links stop at 4,000/).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the plan (JSON)' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(file.plans).toEqual([long]);
  });
});

describe('opening a shared plan', () => {
  it('shows it read-only in a fresh browser, marked as someone else’s, with its coach flags, and saves nothing', async () => {
    const { page } = await site.open('/');
    await openLink(page, await shareLink(site.origin, { kind: 'review', plan }));
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Shared plan: Northwind: second meeting');
    expect(await page.getByText('Someone else’s plan, read-only').isVisible()).toBe(true);
    await page.locator('.coach__flag').waitFor();
    expect(await page.locator('.coach__flag').allTextContents()).toEqual([expect.stringMatching(/^Telling, not learning: “pitch”\./)]);
    expect(await page.locator('.sheet').textContent()).toContain('Pitch our route optimiser to Dana');
    expect(await page.locator('.shared input, .shared textarea, .shared select').count()).toBe(0);
    expect(await savedPlans(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('makes no request that carries the plan, while the link opens, a copy is saved and a reply is written', async () => {
    const { page, context } = await site.open('/');
    const link = await shareLink(site.origin, { kind: 'review', plan });
    const recorded: Promise<string>[] = [];
    context.on('request', (request) => recorded.push(request.allHeaders().then((headers) => [request.url(), JSON.stringify(headers), request.postData() ?? ''].join('\n'))));
    await openLink(page, link);
    await page.locator('.coach__flag').waitFor();
    await page.getByRole('button', { name: 'Save a copy to my plans' }).click();
    await page.getByRole('button', { name: 'Reply with notes' }).click();
    await page.getByLabel('Your coaching notes').fill(notes);
    await page.locator('#shared-reply-link').waitFor();
    const sent = await Promise.all(recorded);
    const packed = link.slice(link.indexOf('#share=') + 7, link.indexOf('#share=') + 47);
    expect(sent.length).toBeGreaterThan(0);
    for (const secret of [packed, 'Northwind', 'Dana', 'Pitch', fixture.id, 'Drop the pitch']) {
      expect(sent.filter((request) => request.includes(secret) || request.includes(encodeURIComponent(secret)))).toEqual([]);
    }
  });

  it('prints the shared plan as one page with its sheet only', async () => {
    const { page, context } = await site.open('/');
    await context.addInitScript(() => (window.print = () => void Object.assign(window, { printed: true })));
    await openLink(page, await shareLink(site.origin, { kind: 'review', plan }));
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.shared__banner').isVisible()).toBe(false);
    expect(await page.locator('.sheet').isVisible()).toBe(true);
    expect(pdfInfo(await page.pdf({ format: 'Letter' })).pages).toBe(1);
  });

  it('saves a copy under a new id and never replaces the plan it came from', async () => {
    const { page } = await repWith(plan);
    const before = await savedPlans(page);
    await openLink(page, await shareLink(site.origin, { kind: 'review', plan: { ...plan, account: 'Changed by the sender' } }));
    await page.getByText('This plan is in your plans too; here is the version in the link.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Save a copy to my plans' }).click();
    await page.getByText('Saved in your plans as “Copy of Northwind: second meeting”.').waitFor();
    expect(await page.getByRole('button', { name: 'Copy saved' }).isDisabled()).toBe(true);
    const after = await savedPlans(page);
    expect(after).toHaveLength(2);
    expect(after.find((item) => item.id === plan.id)).toEqual(before[0]);
    const copy = after.find((item) => item.id !== plan.id)!;
    expect(copy).toMatchObject({ name: 'Copy of Northwind: second meeting', account: 'Changed by the sender', objectives: plan.objectives });
    await page.getByRole('link', { name: 'Open my plans' }).click();
    await page.locator('.planner[aria-busy="false"]').waitFor();
    expect(await page.getByLabel('Your plans').locator('option:checked').textContent()).toBe('Copy of Northwind: second meeting');
  });

  it('opens a link pasted into a tab where the planner is open', async () => {
    const { page } = await repWith(plan);
    const link = await shareLink(site.origin, { kind: 'review', plan });
    await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
    await page.getByRole('heading', { name: 'Shared plan: Northwind: second meeting' }).waitFor();
  });
});

describe('replying with coaching notes', () => {
  it('carries the reviewer’s notes back, and the rep takes them into the plan', async () => {
    const reviewer = await site.open('/');
    await openLink(reviewer.page, await shareLink(site.origin, { kind: 'review', plan }));
    await reviewer.page.getByRole('button', { name: 'Reply with notes' }).click();
    await reviewer.page.getByLabel('Your coaching notes').fill(notes);
    const reply = await linkIn(reviewer.page, '#shared-reply-link');
    expect(reply.length).toBeLessThanOrEqual(MAX_SHARE_LINK_LENGTH);
    expect(await savedPlans(reviewer.page)).toEqual([]);

    const { page } = await repWith(plan);
    await openLink(page, reply);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Coaching notes on “Northwind: second meeting”');
    expect(await page.locator('.shared__notes').innerText()).toBe(notes);
    expect(await page.getByRole('heading', { name: 'Your plan, as saved in this browser' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Accept the notes into my plan' }).click();
    await page.getByText('The notes are in your plan now.').waitFor();
    const [kept, ...others] = await savedPlans(page);
    expect(others).toEqual([]);
    // Taking the notes in is a save of the rep's plan, one revision on.
    expect({ ...kept, updatedAt: plan.updatedAt }).toEqual({ ...plan, coachingNotes: notes, revision: plan.revision + 1 });

    await page.getByRole('link', { name: 'Open the plan' }).click();
    await page.locator('.planner[aria-busy="false"]').waitFor();
    expect(await page.getByLabel('Coaching notes from a reviewer').inputValue()).toBe(notes);
    await page.getByLabel('Account').click();
    await expect.poll(() => page.locator('.sheet').textContent()).toContain('Ask Sam first');
  });

  it('offers to keep a reply whose plan is not in this browser, notes and all', async () => {
    const { page } = await site.open('/');
    await openLink(page, await shareLink(site.origin, { kind: 'reply', plan: { ...plan, coachingNotes: notes } }));
    await page.getByText('The plan these notes are about is not in this browser’s plans', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Save a copy to my plans' }).click();
    await expect.poll(() => savedPlans(page)).toEqual([expect.objectContaining({ coachingNotes: notes, account: plan.account })]);
    expect((await savedPlans(page))[0]!.id).not.toBe(plan.id);
  });
});

describe('a link that cannot be used', async () => {
  const good = await shareLink('http://origin.test', { kind: 'review', plan });
  const body = (link: string) => link.slice(link.indexOf('#'));
  const middle = Math.floor(good.length / 2);
  it.each([
    ['damaged on the way', body(good.slice(0, middle) + (good[middle] === 'A' ? 'B' : 'A') + good.slice(middle + 1)), 'Part of the link was changed or lost on the way'],
    ['cut short', body(good.slice(0, -30)), 'The link is cut short'],
    ['tampered with', body(await resealedLink('', JSON.stringify({ kind: 'review', plan: { ...plan, phase: 'soon' } }))), 'The plan in the link cannot be used: phase:'],
    ['oversized', body(good).replace('#share=1.', `#share=1.${'A'.repeat(MAX_SHARE_LINK_LENGTH)}`), 'more than any plan link'],
    ['from a newer link format', body(await resealedLink('', JSON.stringify({ kind: 'review', plan }), 2)), 'newer version of the planner (link format 2)'],
    ['holding a plan from a newer planner', body(await resealedLink('', JSON.stringify({ kind: 'review', plan: { ...plan, version: 3 } }))), 'newer version of the planner (format 3)'],
  ])('says what is wrong with a link %s, and saves nothing', async (_name, hash, reason) => {
    const { page } = await repWith(fixture);
    const before = await savedPlans(page);
    await openLink(page, `${site.origin}/plan/${hash}`);
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('This shared plan cannot be opened');
    expect(await page.locator('.notice--problem').textContent()).toContain(reason);
    expect(await page.getByText('Nothing was saved, and your own plans are untouched.').isVisible()).toBe(true);
    expect(await savedPlans(page)).toEqual(before);
  });

  it('shows hostile text in a link as text and runs nothing', async () => {
    const hostile = { ...plan, account: '<img src=x onerror="window.pwned=true">', objectives: ['<script>window.pwned=true</script>'] };
    const { page } = await site.open('/');
    await openLink(page, await shareLink(site.origin, { kind: 'review', plan: hostile }));
    await page.getByText('Parts of this plan look like HTML; they are shown as plain text.').waitFor();
    expect(await page.locator('.sheet__title').textContent()).toBe(`Call plan: ${hostile.account}`);
    expect(await page.locator('.shared__objective').first().textContent()).toBe(hostile.objectives[0]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  });
});
