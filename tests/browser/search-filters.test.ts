import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readPlaybook } from '../../src/lib/content/source';
import { useSite } from '../support/site-test';
import { axeViolations } from '../support/axe';

const site = useSite();
const source = readPlaybook('content');

/** The number an option's label ends with: "Wordtracks (12)" is 12. */
async function optionCount(page: Page, field: string, value: string): Promise<number> {
  const label = (await page.locator(`select[name="${field}"] option[value="${value}"]`).textContent()) ?? '';
  const match = /\((\d+)\)$/.exec(label);
  if (!match) throw new Error(`The ${field} option ${value} shows no count: "${label}"`);
  return Number(match[1]);
}

/** The results the search page announces, once it has answered `query`. */
async function announced(page: Page, query: string): Promise<number> {
  await page.locator(`[data-results][data-query="${query}"]`).waitFor({ state: 'attached' });
  const text = (await page.locator('[data-count]').textContent()) ?? '';
  return /^No results/.test(text) ? 0 : Number(/^(\d+) results?$/.exec(text)?.[1] ?? Number.NaN);
}

describe('filter counts on the search page', () => {
  it.each(['trade', 'trade in too low'])('say how many of the results for “%s” each option holds', async (query) => {
    const { page } = await site.open(`/search/?q=${encodeURIComponent(query)}`);
    const total = await announced(page, query);
    expect(total).toBeGreaterThan(5);
    const types = await page.locator('select[name="type"] option:not([value=""])').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    const counts = await Promise.all(types.map((type) => optionCount(page, 'type', type)));
    // Every record has one type, so the type counts add up to the results.
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    const wordtracks = await optionCount(page, 'type', 'wordtrack');
    expect(wordtracks).toBeGreaterThan(0);
    await page.getByLabel('Type').selectOption('wordtrack');
    await expect.poll(() => page.locator('[data-count]').textContent()).toBe(`${wordtracks} ${wordtracks === 1 ? 'result' : 'results'}`);
  });

  it('count, under a chosen phase, what choosing another phase would show', async () => {
    const { page } = await site.open('/search/?q=price&phase=1');
    await announced(page, 'price');
    const third = await optionCount(page, 'phase', '3');
    expect(third).toBeGreaterThan(0);
    await page.getByLabel('Phase').selectOption('3');
    await expect.poll(() => page.locator('[data-count]').textContent()).toBe(`${third} results`);
  });
});

describe('filters that leave nothing', () => {
  it('say which filters hide the results and clear them on request', async () => {
    const { page } = await site.open('/search/?q=budget&type=term&phase=3');
    await announced(page, 'budget');
    const notice = page.locator('[data-hidden-by]');
    await expect.poll(() => notice.textContent()).toMatch(/None of the \d+ results for “budget” is in .*Type: Glossary terms.*/);
    expect(await notice.getByRole('button').allTextContents()).toEqual(expect.arrayContaining(['Clear type', 'Clear all filters']));
    expect(await axeViolations(page)).toEqual([]);
    await notice.getByRole('button', { name: 'Clear type' }).click();
    await expect.poll(() => announced(page, 'budget')).toBeGreaterThan(0);
    expect(await page.getByLabel('Type').inputValue()).toBe('');
    expect(await page.getByLabel('Phase').inputValue()).toBe('3');
    expect(new URL(page.url()).searchParams.get('type')).toBeNull();
    expect(await notice.isHidden()).toBe(true);
  });
});

describe('browsing by filter, with no words', () => {
  it('lists every Phase II discovery question of the consultative track', async () => {
    const stagesOfTrack = new Set(source.entries.filter((entry) => entry.collection === 'stages' && (entry.data as { track: string }).track === 'consultative').map((entry) => entry.id));
    const expected = source.wordtrackFiles
      .filter((file) => stagesOfTrack.has(file.stage))
      .flatMap((file) => (file.data as { wordtracks: { phase: number; intent: string }[] }).wordtracks)
      .filter((wordtrack) => wordtrack.phase === 2 && wordtrack.intent === 'discover');
    expect(expected.length).toBeGreaterThan(0);
    const { page } = await site.open('/search/?type=wordtrack&phase=2&track=consultative&intent=discover');
    await expect.poll(() => page.locator('[data-count]').textContent()).toBe(`${expected.length} ${expected.length === 1 ? 'result' : 'results'}`);
    const metas = await page.locator('.search-result__meta').allTextContents();
    expect(metas).toHaveLength(expected.length);
    for (const meta of metas) expect(meta).toMatch(/^Phase II · Discover · .+ · The consultative sale$/);
    expect(await optionCount(page, 'intent', 'discover')).toBe(expected.length);
  });
});

describe('a word the playbook does not hold', () => {
  it('is named, searched as the word it resembles, and offered as “Did you mean…?”', async () => {
    const { page } = await site.open('/search/?q=finacing');
    await expect.poll(() => announced(page, 'finacing')).toBeGreaterThan(0);
    const notice = page.locator('[data-corrections]');
    expect(await notice.textContent()).toBe('“finacing” is not in the playbook. Did you mean financing?');
    const urls = await page.locator('[data-results] a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(urls).toContain('/tracks/showroom/financing/');
    await notice.getByRole('button', { name: 'financing' }).click();
    await expect.poll(() => page.getByLabel('Words to find').inputValue()).toBe('financing');
    await expect.poll(() => notice.isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('financing');
  });
});
