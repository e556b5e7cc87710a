import { describe, expect, it } from 'vitest';
import { readPlaybook } from '../../src/lib/content/source';
import { libraryPageOfEach } from '../../src/lib/library/source-pages';
import { layoutShift } from '../support/layout-shift';
import { useSite } from '../support/site-test';

const site = useSite();
const source = readPlaybook('content');
const pageOf = libraryPageOfEach(source);
const wordtracks = source.entries.filter((entry) => entry.collection === 'wordtracks').map((entry) => entry.data as { id: string; text: string; phase: number; intent: string });
const cardIds = (page: import('playwright-core').Page) => page.locator('.wordtrack[id]').evaluateAll((cards) => cards.map((card) => card.id));

describe('the wordtrack library', () => {
  it('lists every track on its index, each linking to a page of that track’s wordtracks', async () => {
    const { page } = await site.open('/wordtracks/');
    const links = await page.locator('.track-shelves__title a').evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).pathname));
    expect(links.sort()).toEqual([...new Set(pageOf.values())].filter((href) => /^\/wordtracks\/[^/]+\/$/.test(href)).sort());
    await page.getByRole('link', { name: 'The showroom sale' }).click();
    await page.waitForURL('**/wordtracks/showroom/');
    const shown = await cardIds(page);
    expect(shown.sort()).toEqual([...pageOf].filter(([, href]) => href === '/wordtracks/showroom/').map(([id]) => id).sort());
  });

  it('finds "every Phase II discovery question" across the library through the search page’s filters', async () => {
    const { page } = await site.open('/wordtracks/');
    const form = page.getByRole('form', { name: 'Find wordtracks across the library' });
    await form.getByLabel('Phase').selectOption('2');
    await form.getByLabel('Intent').selectOption('discover');
    await form.getByRole('button', { name: 'Show wordtracks' }).click();
    await page.waitForURL(/\/search\/\?/);
    const params = new URL(page.url()).searchParams;
    expect([params.get('type'), params.get('phase'), params.get('intent')]).toEqual(['wordtrack', '2', 'discover']);
    const expected = wordtracks.filter((wordtrack) => wordtrack.phase === 2 && wordtrack.intent === 'discover').map((wordtrack) => pageOf.get(wordtrack.id) + '#' + wordtrack.id);
    // Few enough to show on the search page's first screen of results, so the whole list can be compared.
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(10);
    const results = page.locator('.search-result__link');
    const found = () => results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).hash).sort());
    await expect.poll(found).toEqual(expected.sort());
  });

  it('sends an old /wordtracks/#id link to the card on its new page', async () => {
    const target = wordtracks.find((wordtrack) => pageOf.get(wordtrack.id) === '/wordtracks/consultative/')!;
    const { page } = await site.open(`/wordtracks/#${target.id}`);
    await page.waitForURL(`**/wordtracks/consultative/#${target.id}`);
    await expect.poll(() => page.locator(`#${target.id}`).evaluate((card) => card.matches(':target'))).toBe(true);
  });

  it('sends an old filtered library link to the same filters on the search page', async () => {
    const { page } = await site.open('/wordtracks/?stage=test-drive&intent=open');
    await page.waitForURL('**/search/?type=wordtrack&stage=test-drive&intent=open');
    expect(await page.getByLabel('Stage').inputValue()).toBe('test-drive');
  });

  it('says so when an old link names a wordtrack that is no longer in the library', async () => {
    const { page } = await site.open('/wordtracks/#no-such-wordtrack');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'no-such-wordtrack' }).textContent()).toContain('is in the library any more');
    expect(new URL(page.url()).pathname).toBe('/wordtracks/');
  });

  it("puts a wordtrack's text on the clipboard with its copy button", async () => {
    const { page, context } = await site.open('/wordtracks/consultative/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const card = page.locator('.wordtrack[id]').nth(3);
    const text = (await card.locator('.wordtrack__text').textContent())!.replace(/^“|”$/g, '');
    await card.getByRole('button', { name: /^Copy/ }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Copied to the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  it('shows a phase’s wordtracks of a track from the phase page, and every phase again in one click', async () => {
    const { page } = await site.open('/phases/2/');
    await page.locator('#wordtracks ~ .track-shelves a', { hasText: 'The consultative sale' }).click();
    await page.waitForURL('**/wordtracks/consultative/#phase-2');
    const shown = () => page.locator('.wordtrack[id]:visible').evaluateAll((cards) => cards.map((card) => card.id).sort());
    const phaseTwo = [...pageOf].filter(([id, href]) => href === '/wordtracks/consultative/' && wordtracks.find((wordtrack) => wordtrack.id === id)!.phase === 2).map(([id]) => id);
    expect(phaseTwo.length).toBeGreaterThan(3);
    await expect.poll(shown).toEqual(phaseTwo.sort());
    // A stage with no Phase II line shows no empty heading.
    const headings = await page.locator('.shelf__groups h2:visible').count();
    expect(headings).toBe(await page.locator('.shelf__groups section:visible').count());
    await page.getByRole('link', { name: 'Show every phase' }).locator('visible=true').click();
    await expect.poll(() => shown().then((ids) => ids.length)).toBe([...pageOf.values()].filter((href) => href === '/wordtracks/consultative/').length);
  });

  it('filters a track to one phase without JavaScript too', async () => {
    const { page } = await site.open('/wordtracks/showroom/#phase-1', { javaScriptEnabled: false });
    const phases = await page.locator('.wordtrack[id]:visible').evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.phase));
    expect(phases.length).toBeGreaterThan(3);
    expect(new Set(phases)).toEqual(new Set(['1']));
  });

  it('does not move the page as it loads on a phone', async () => {
    const { page } = await site.open('/wordtracks/showroom/', { viewport: { width: 390, height: 844 } });
    await page.locator('copy-button button').first().waitFor();
    expect(await layoutShift(page)).toBeLessThan(0.01);
  });

  it('shows every card of the track and no filter form or copy buttons without JavaScript', async () => {
    const { page } = await site.open('/wordtracks/showroom/', { javaScriptEnabled: false });
    const total = await page.locator('.wordtrack[id]').count();
    expect(total).toBe([...pageOf.values()].filter((href) => href === '/wordtracks/showroom/').length);
    expect(await page.locator('.wordtrack[id]:visible').count()).toBe(total);
    expect(await page.locator('.library-filters').count()).toBe(1);
    expect(await page.locator('.library-filters').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
  });
});
