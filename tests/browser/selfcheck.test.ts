import { readFileSync } from 'node:fs';
import { load as parse } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site-test';
import { axeViolations } from '../support/axe';

const site = useSite();
const items = parse(readFileSync('content/selfcheck.yaml', 'utf8')) as { id: string; part: string; phase: number; text: string }[];
const texts = (part: string, phase: number, count: number) => items.filter((item) => item.part === part && item.phase === phase).slice(0, count).map((item) => item.text);

async function tick(page: Page, labels: string[]) {
  for (const label of labels) await page.getByRole('checkbox', { name: label }).check();
}

describe('the phase-alignment self-check', () => {
  it('calls the seed case "ahead of the buyer": a buyer describing the problem, a seller planning to present solutions', async () => {
    const { page } = await site.open('/check/');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await tick(page, [...texts('buyer', 1, 4), ...texts('seller', 2, 3)]);
    await expect.poll(() => page.locator('.selfcheck__verdict').textContent()).toMatch(/^Ahead of the buyer: they are Phase I, but your plan works in Phase II/);
    expect(await page.locator('.selfcheck__result li').count()).toBeGreaterThanOrEqual(3);
    // Each links straight to its card on its track's library page.
    expect(await page.locator('.selfcheck__result a[href^="/wordtracks/"][href*="/#"]').count()).toBe(3);
  });

  it('opens the planner with the buyer’s phase, the chosen stage and the ticked buyer signals as evidence', async () => {
    const { page } = await site.open('/check/');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    const signals = texts('buyer', 3, 3);
    await tick(page, [...signals, ...texts('seller', 3, 2)]);
    await page.getByLabel(/The stage of this call/).selectOption('reduce-risk');
    await page.getByRole('link', { name: 'Plan this call' }).click();
    await page.waitForURL('**/plan/**');
    // The planner is busy until it has loaded the saved plans and the self-check's answers, and every part is live.
    await page.locator('.planner[aria-busy="false"]').waitFor();
    expect(await page.getByRole('radio', { name: /^Phase III:/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Stage', { exact: true }).inputValue()).toBe('reduce-risk');
    expect(await page.getByText('The buyer\'s phase (from the self-check)').count()).toBe(1);
    const evidence = await page.getByLabel('Evidence for the phase').inputValue();
    expect(evidence.startsWith('From the self-check: ')).toBe(true);
    expect(signals.filter((signal) => !evidence.includes(signal))).toEqual([]);
    expect(texts('seller', 3, 2).filter((item) => evidence.includes(item))).toEqual([]);
  });

  it('keeps the answers across a reload, and Start over clears them', async () => {
    const { page } = await site.open('/check/');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    const chosen = texts('buyer', 2, 2);
    await tick(page, chosen);
    await page.reload();
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    for (const label of chosen) await expect.poll(() => page.getByRole('checkbox', { name: label }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Start over' }).click();
    expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
    await page.reload();
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
    expect(await page.locator('.selfcheck__verdict').textContent()).toMatch(/^Not enough to tell yet/);
  });

  it('keeps what was ticked before its script ran, and hears part two from the first moment it runs', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // Holds the self-check's code back until boxes have been ticked in the server's HTML.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/SelfCheck.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(site.origin + '/check/');
    const early = [...texts('buyer', 1, 3), ...texts('seller', 2, 1)];
    await tick(page, early);
    release();
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    // At once, before part two is rendered by Preact: a tick there still counts.
    await tick(page, texts('seller', 2, 3).slice(1));
    await expect.poll(() => page.locator('.selfcheck__verdict').textContent()).toMatch(/^Ahead of the buyer: they are Phase I, but your plan works in Phase II/);
    for (const label of [...early, ...texts('seller', 2, 3)]) expect(await page.getByRole('checkbox', { name: label }).isChecked()).toBe(true);
    await page.reload();
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    for (const label of [...early, ...texts('seller', 2, 3)]) await expect.poll(() => page.getByRole('checkbox', { name: label }).isChecked()).toBe(true);
    await context.close();
  });

  it('works by keyboard alone', async () => {
    const { page } = await site.open('/check/');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    const first = page.getByRole('checkbox').first();
    await first.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(2);
    await page.getByRole('button', { name: 'Start over' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
  });

  it('has no axe violations with a result showing', async () => {
    const { page } = await site.open('/check/');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await tick(page, [...texts('buyer', 2, 3), ...texts('seller', 1, 2)]);
    await expect.poll(() => page.locator('.selfcheck__verdict').textContent()).toMatch(/^Behind the buyer/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('without JavaScript still lists every signal and agenda item, with a key to score by hand', async () => {
    const { page } = await site.open('/check/', { javaScriptEnabled: false });
    expect(await page.getByRole('checkbox').count()).toBe(items.length);
    await page.getByText('Score it by hand').click();
    expect(await page.getByRole('table').textContent()).toMatch(/Phase I.*Phase II.*Phase III/s);
  });
});
