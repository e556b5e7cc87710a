import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../support/site-test';
import { plannerReady, savedPlans } from '../support/planner-page';

const site = useSite();

/** Two tabs of one browser on the planner: they share localStorage and hear each other's saves. */
async function twoTabs(): Promise<{ context: BrowserContext; first: Page; second: Page }> {
  const context = await site.browser.newContext();
  const first = await context.newPage();
  await first.goto(site.origin + '/plan/');
  await plannerReady(first);
  await first.getByLabel('Account').fill('Contoso');
  await expect.poll(() => savedPlans(first).then((plans) => plans.map((plan) => plan.account))).toEqual(['Contoso']);
  const second = await context.newPage();
  // The second tab's saves wait for the test (the planner saves 400 ms after an edit): an edit made there stays
  // unsaved while the first tab saves. Playwright's fake clock would hold storage events back too.
  await second.addInitScript(() => {
    const realSetTimeout = window.setTimeout.bind(window);
    const held: (() => void)[] = [];
    Object.assign(window, { releaseSaves: () => held.splice(0).forEach((run) => run()) });
    window.setTimeout = ((run: () => void, delay?: number, ...rest: unknown[]) => (delay === 400 ? held.push(run) : realSetTimeout(run, delay, ...rest))) as typeof setTimeout;
  });
  await second.goto(site.origin + '/plan/');
  await plannerReady(second);
  return { context, first, second };
}

/** Lets the second tab's held saves run. */
const releaseSaves = (page: Page) => page.evaluate(() => (window as unknown as { releaseSaves(): void }).releaseSaves());

const stored = async (page: Page) => (await savedPlans(page))[0] ?? null;

describe('the planner in two tabs', () => {
  it('updates a tab with no unsaved edit when the other tab saves', async () => {
    const { context, first, second } = await twoTabs();
    expect(await second.getByLabel('Account').inputValue()).toBe('Contoso');
    await first.getByLabel('Gaps to fill').fill('Who signs off on a change');
    await expect.poll(() => second.getByLabel('Gaps to fill').inputValue()).toBe('Who signs off on a change');
    await context.close();
  });

  it('keeps both tabs’ edits when they changed different fields', async () => {
    const { context, first, second } = await twoTabs();
    await second.getByLabel('What we already know').fill('Forty trucks, two depots');
    // The first tab saves while the second still holds its edit unsaved.
    await first.getByLabel('Gaps to fill').fill('Who signs off on a change');
    await expect.poll(() => stored(first)).toMatchObject({ known: 'Forty trucks, two depots', gaps: 'Who signs off on a change' });
    await expect.poll(() => first.getByLabel('What we already know').inputValue()).toBe('Forty trucks, two depots');
    expect(await second.getByLabel('Gaps to fill').inputValue()).toBe('Who signs off on a change');
    await context.close();
  });

  it('shows a conflict on the same field, saves nothing over the other tab until the rep chooses, then keeps the choice', async () => {
    const { context, first, second } = await twoTabs();
    await second.getByLabel('Account').fill('Contoso Health (second tab)');
    await first.getByLabel('Account').fill('Contoso Pharma (first tab)');
    const conflict = second.locator('.conflict');
    await expect.poll(() => conflict.textContent()).toContain('This tab: Contoso Health (second tab)');
    expect(await conflict.textContent()).toContain('Other tab: Contoso Pharma (first tab)');
    expect(await second.getByRole('status').first().textContent()).toBe('Not saved yet: choose below what to keep.');
    await releaseSaves(second);
    expect(await stored(second)).toMatchObject({ account: 'Contoso Pharma (first tab)' });

    await second.getByRole('button', { name: 'Keep this tab’s Account' }).click();
    await expect.poll(() => stored(first)).toMatchObject({ account: 'Contoso Health (second tab)' });
    await expect.poll(() => first.getByLabel('Account').inputValue()).toBe('Contoso Health (second tab)');
    expect(await conflict.count()).toBe(0);
    await context.close();
  });

  it('never brings back a plan deleted in the other tab, and asks when this tab had unsaved edits to it', async () => {
    const { context, first, second } = await twoTabs();
    await first.getByRole('button', { name: 'New plan' }).click();
    await first.getByLabel('Account').fill('Fabrikam');
    await expect.poll(() => second.getByLabel('Your plans').locator('option').allTextContents()).toEqual(['Fabrikam', 'Contoso']);

    // Deleted in the first tab, untouched in the second: it goes from the second tab's list too.
    await first.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => second.getByLabel('Your plans').locator('option').allTextContents()).toEqual(['Contoso']);
    expect(await second.locator('.notice').allTextContents()).toContain('“Fabrikam” was deleted in another tab.');

    // Deleted in the first tab while the second has an unsaved edit: the second asks, and writes nothing meanwhile.
    await first.getByLabel('Your plans').selectOption({ label: 'Contoso' });
    await second.getByLabel('What we already know').fill('Edited in the second tab');
    await first.getByRole('button', { name: 'Delete' }).click();
    const question = second.locator('.notice', { hasText: 'was deleted in another tab while you were changing it here' });
    await question.waitFor();
    await releaseSaves(second);
    expect((await savedPlans(first)).map((plan) => plan.account)).not.toContain('Contoso');
    await question.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => savedPlans(first).then((plans) => plans.map((plan) => plan.known))).toContain('Edited in the second tab');
    await context.close();
  });
});

describe('the planner where the browser keeps nothing', () => {
  it('works in memory, says plainly that nothing is kept, and offers Download JSON', async () => {
    const context = await site.browser.newContext();
    // What a browser that blocks site data does: reading localStorage throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(site.origin + '/plan/');
    await plannerReady(page);
    const notice = page.locator('.notice--problem', { hasText: 'lets the planner keep nothing' });
    expect(await notice.textContent()).toContain('your plans go when this page closes: use “Download JSON” to keep them');
    await page.getByLabel('Account').fill('Kept in memory');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Kept on this page only');
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download JSON' }).click();
    const file = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(chunk as Buffer);
    const exported = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { plans: { account: string }[] };
    expect(exported.plans.map((plan) => plan.account)).toEqual(['Kept in memory']);
    await context.close();
  });
});

describe('deleting plans', () => {
  it('undoes both deletes of a double click, one Undo each', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.origin + '/plan/');
    await plannerReady(page);
    for (const [index, account] of ['Alpha', 'Beta', 'Gamma'].entries()) {
      if (index) await page.getByRole('button', { name: 'New plan' }).click();
      await page.getByLabel('Account').fill(account);
    }
    const switcher = page.getByLabel('Your plans');
    await expect.poll(() => switcher.locator('option').allTextContents()).toEqual(['Gamma', 'Beta', 'Alpha']);
    await expect.poll(() => savedPlans(page).then((plans) => plans.length)).toBe(3);

    await page.getByRole('button', { name: 'Delete' }).dblclick();
    await expect.poll(() => switcher.locator('option').allTextContents()).toEqual(['Alpha']);
    expect(await page.locator('.notice', { hasText: 'Deleted' }).locator('p').textContent()).toBe('Deleted “Beta” and “Gamma”.');
    expect((await savedPlans(page)).map((plan) => plan.account)).toEqual(['Alpha']);

    const undo = page.getByRole('button', { name: /^Undo/ });
    await undo.click();
    await expect.poll(() => switcher.locator('option').allTextContents()).toEqual(['Beta', 'Alpha']);
    await undo.click();
    await expect.poll(() => switcher.locator('option').allTextContents()).toEqual(['Gamma', 'Beta', 'Alpha']);
    await expect.poll(() => savedPlans(page).then((plans) => plans.map((plan) => plan.account).sort())).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(await undo.count()).toBe(0);
    await context.close();
  });
});
