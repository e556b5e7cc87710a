import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readPlaybook } from '../../src/lib/content/source';
import { useSite } from '../support/site-test';

const site = useSite();
const objections = readPlaybook('content')
  .entries.filter((entry) => entry.collection === 'objections')
  .map((entry) => ({ id: entry.id, ...(entry.data as { title: string; alsoHeard: string[]; tags: string[] }) }));

/** The first `count` results of the search page, as path and hash; empty until results show, so a poll waits. */
async function topResults(page: Page, count: number): Promise<string[]> {
  const hrefs = await page.locator('[data-results] .search-result__link').evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).href));
  return hrefs.slice(0, count).map((href) => new URL(href).pathname + new URL(href).hash);
}

describe('searching for an objection in the real index', () => {
  it.each(objections.map((objection) => [objection.id, objection.title]))('finds %s among the first three results for its words', async (id, title) => {
    const { page } = await site.open(`/search/?q=${encodeURIComponent(title)}`);
    await expect.poll(() => topResults(page, 3)).toContain(`/objections/#${id}`);
  });

  it('finds one by another way buyers say it, and by a word reps use for it', async () => {
    const quiet = objections.find((objection) => objection.id === 'gone-quiet')!;
    const { page } = await site.open(`/search/?q=${encodeURIComponent(quiet.tags[0]!)}`);
    await expect.poll(() => topResults(page, 3)).toContain('/objections/#gone-quiet');
    const think = objections.find((objection) => objection.id === 'think-about-it')!;
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(think.alsoHeard[0]!)}`);
    await expect.poll(() => topResults(page, 3)).toContain('/objections/#think-about-it');
  });

  it('narrows to objections with the type filter, and opens one at its anchor', async () => {
    const { page } = await site.open('/search/?q=price&type=objection');
    await expect.poll(() => topResults(page, 20)).not.toEqual([]);
    const urls = await topResults(page, 20);
    expect(urls.every((url) => url.startsWith('/objections/#'))).toBe(true);
    await page.locator('[data-results] .search-result__link').first().click();
    // A result link carries the query to highlight (?highlight=…) before the objection's anchor.
    await page.waitForURL((url) => url.pathname === '/objections/' && url.hash.length > 1);
    const hash = await page.evaluate(() => location.hash);
    expect(await page.locator(hash).evaluate((card) => card.matches('.objection:target'))).toBe(true);
  });
});
