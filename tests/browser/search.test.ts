import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readPlaybook } from '../../src/lib/content/source';
import { libraryPageOfEach } from '../../src/lib/library/source-pages';
import { useSite } from '../support/site-test';
import { axeViolations } from '../support/axe';

const site = useSite();
const source = readPlaybook('content');
const pageOf = libraryPageOfEach(source);
/** Where a wordtrack's card is: its anchor on its track's library page. */
const cardUrl = (id: string) => `${pageOf.get(id)}#${id}`;
const wordtracks = source
  .entries.filter((entry) => entry.collection === 'wordtracks')
  .map((entry) => entry.data as { id: string; text: string; phase: number });
// Every eleventh wordtrack: a spread across both tracks and every kind, fixed so failures reproduce.
const sample = wordtracks.filter((_, index) => index % 11 === 0);
// A rep types the words of the line, never its [placeholders].
const queryFor = (text: string) => text.replace(/\[[^\]]*\]/g, ' ').replace(/[^\w' ]+/g, ' ').split(/\s+/).filter(Boolean).slice(0, 7).join(' ');

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the playbook' });
  await dialog.waitFor();
  return dialog;
}

/** The first `count` result links as path and hash; empty while the dialog has none, so a poll around it waits. */
async function resultUrls(page: Page, count: number): Promise<string[]> {
  const links = page.locator('dialog .search-result__link');
  const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => new URL((node as HTMLAnchorElement).href).pathname + new URL((node as HTMLAnchorElement).href).hash));
  return hrefs.slice(0, count);
}

describe('searching wordtracks in the dialog', () => {
  it.each(sample.map((wordtrack) => [wordtrack.id, wordtrack.text]))('finds %s among the first three results for words from its text', async (id, text) => {
    const { page } = await site.open('/');
    const dialog = await openDialog(page);
    await dialog.getByRole('searchbox').fill(queryFor(text));
    await expect.poll(() => resultUrls(page, 3)).toContain(cardUrl(id));
  });

  it('opens a wordtrack result on its anchor on its track’s library page', async () => {
    const target = sample[1]!;
    const { page } = await site.open('/plays/');
    const dialog = await openDialog(page);
    await dialog.getByRole('searchbox').fill(queryFor(target.text));
    await expect.poll(() => resultUrls(page, 3)).toContain(cardUrl(target.id));
    await dialog.locator(`a[href$="#${target.id}"]`).click();
    await page.waitForURL((url) => url.pathname + url.hash === cardUrl(target.id));
    expect(await page.evaluate(() => location.hash)).toBe(`#${target.id}`);
    expect(await page.locator(`#${target.id}`).isVisible()).toBe(true);
    expect(await page.locator(`#${target.id}`).evaluate((card) => card.matches(':target'))).toBe(true);
  });

  it('is keyboard-first: / opens it, arrows move, Enter opens, Esc closes and returns focus', async () => {
    const { page } = await site.open('/foundations/');
    await page.keyboard.press('/');
    const input = page.getByRole('searchbox');
    await expect.poll(() => input.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.type('budget');
    await expect.poll(() => page.locator('dialog .search-result__link').count()).toBeGreaterThan(1);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\d+ results?$/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(second).toBe(await page.locator('dialog .search-result__link').nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await input.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('dialog');

    await page.keyboard.press('Control+k');
    // The closed dialog keeps its results, so wait for it to be open with focus in its field, not for the results.
    await expect.poll(() => input.evaluate((node) => node === document.activeElement)).toBe(true);
    await expect.poll(() => page.locator('dialog .search-result__link').count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(href).toBe(await page.locator('dialog .search-result__link').first().getAttribute('href'));
    await page.keyboard.press('Enter');
    const target = new URL(href!, site.origin);
    await page.waitForURL((url) => url.pathname + url.search + url.hash === target.pathname + target.search + target.hash);
  });

  it('requests no search script, stylesheet or index file before it is first opened', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(site.origin + '/tracks/showroom/test-drive/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => /pagefind|search/.test(path))).toEqual([]);
    await openDialog(page);
    await page.getByRole('searchbox').fill('trade');
    await expect.poll(() => requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
  });

  it('has no axe violations with the dialog open and showing results', async () => {
    const { page } = await site.open('/');
    const dialog = await openDialog(page);
    await dialog.getByRole('searchbox').fill('trade-in');
    await expect.poll(() => page.locator('dialog .search-result').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the search page', () => {
  it('filters by phase and keeps only that phase', async () => {
    const { page } = await site.open('/search/?q=budget');
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.getByLabel('Phase').selectOption('3');
    await expect.poll(() => new URL(page.url()).searchParams.get('phase')).toBe('3');
    // The unfiltered results stay until the filtered search answers, so wait for the list to change.
    const wordtrackPhases = () => page.locator('.search-result--wordtrack .search-result__meta').allTextContents();
    await expect.poll(async () => (await wordtrackPhases()).every((meta) => meta.startsWith('Phase III ·'))).toBe(true);
    expect((await wordtrackPhases()).length).toBeGreaterThan(0);
  });

  it('shows the filtered results of a ?q=…&phase=2 link on load, with counts per filter value', async () => {
    const { page } = await site.open('/search/?q=options&phase=2&type=wordtrack');
    expect(await page.getByLabel('Words to find').inputValue()).toBe('options');
    expect(await page.getByLabel('Phase').inputValue()).toBe('2');
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
    const metas = await page.locator('.search-result__meta').allTextContents();
    expect(metas.every((meta) => meta.startsWith('Phase II ·'))).toBe(true);
    expect(await page.locator('select[name="phase"] option[value="2"]').textContent()).toMatch(/^Phase II \(\d+\)$/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
