import { describe, expect, it } from 'vitest';
import { createSearch, markedWords, type PagefindApi, type PagefindHit } from '../../../src/lib/search/engine';
import type { Vocabulary } from '../../../src/lib/search/vocabulary';

interface FakeRecord {
  id: string;
  title?: string;
  text: string;
  filters: Record<string, string>;
}

/**
 * A small stand-in for Pagefind: words compare without punctuation, case or apostrophes; a word matches a record
 * holding a word that starts with it, a query needs every word, the score is how often the words occur, and `words`
 * are their positions, as Pagefind gives them. A quoted query matches only the records holding its words in order.
 */
const wordsOf = (text: string) => text.toLowerCase().replace(/[’']/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');

function fakePagefind(records: FakeRecord[]): PagefindApi & { searched: string[] } {
  const searched: string[] = [];
  const hitFor = (record: FakeRecord, words: string[]): PagefindHit | undefined => {
    const tokens = wordsOf(record.text).split(' ');
    const positions = words.map((word) => tokens.flatMap((token, at) => (token.startsWith(word) ? [at] : [])));
    if (positions.some((list) => list.length === 0)) return undefined;
    const data = async () => ({ url: `/${record.id}/`, excerpt: record.text, meta: { title: record.title ?? record.id }, filters: { type: [record.filters.type ?? 'page'] } });
    return { id: record.id, score: positions.flat().length, words: positions.flat().sort((a, b) => a - b), data };
  };
  return {
    searched,
    async search(term, options) {
      searched.push(term ?? '(filters)');
      const passes = (record: FakeRecord) => Object.entries(options?.filters ?? {}).every(([field, value]) => record.filters[field] === value);
      const phrase = term?.startsWith('"') ? ` ${wordsOf(term.slice(1, -1))} ` : undefined;
      const words = term === null ? [] : wordsOf(term).split(' ').filter(Boolean);
      const results = records
        .filter(passes)
        .filter((record) => phrase === undefined || ` ${wordsOf(record.text)} `.includes(phrase))
        .map((record) => hitFor(record, words))
        .filter((hit): hit is PagefindHit => Boolean(hit))
        .sort((a, b) => b.score - a.score);
      return { results };
    },
    async filters() {
      const counts: Record<string, Record<string, number>> = {};
      for (const record of records) {
        for (const [field, value] of Object.entries(record.filters)) {
          counts[field] ??= {};
          counts[field][value] = (counts[field][value] ?? 0) + 1;
        }
      }
      return counts;
    },
  };
}

const records: FakeRecord[] = [
  { id: 'financing-terms', text: 'financing terms and the total price of the car', filters: { type: 'wordtrack', phase: '3' } },
  { id: 'trade-figure', text: 'the trade figure feels low to the buyer', filters: { type: 'wordtrack', phase: '3' } },
  { id: 'trade-play', text: 'the trade number disappoints', filters: { type: 'play', phase: '2' } },
  { id: 'quiet-play', text: 'the buyer goes quiet after the proposal', filters: { type: 'play', phase: '3' } },
  { id: 'glossary-trade', text: 'trade appraisal: the value of the car', filters: { type: 'term' } },
];
const vocabulary: Vocabulary = { words: ['appraisal', 'buyer', 'car', 'disappoints', 'figure', 'financing', 'low', 'price', 'proposal', 'quiet', 'trade'], complete: true };
const ids = (hits: PagefindHit[]) => hits.map((hit) => hit.id);

describe('search in the rep’s words', () => {
  it('puts the exact matches first, then the records that match some of the words', async () => {
    const search = createSearch(fakePagefind(records), Promise.resolve(vocabulary));
    const answer = await search.search('trade figure low');
    expect(ids(answer.hits)[0]).toBe('trade-figure');
    expect(ids(answer.hits).slice(1).sort()).toEqual(['glossary-trade', 'trade-play']);
    expect([...answer.exact]).toEqual(['trade-figure']);
  });

  it('never answers nothing while a record matches one of the words', async () => {
    const answer = await createSearch(fakePagefind(records), Promise.resolve(vocabulary)).search('quiet zebra lunch');
    expect(ids(answer.hits)).toEqual(['quiet-play']);
    expect(answer.exact.size).toBe(0);
  });

  it('ignores stop words when deciding what is exact', async () => {
    const pagefind = fakePagefind(records);
    const answer = await createSearch(pagefind, Promise.resolve(vocabulary)).search('they go quiet');
    expect(pagefind.searched).toContain('go quiet');
    expect(pagefind.searched).not.toContain('they go quiet');
    expect([...answer.exact]).toEqual(['quiet-play']);
    expect(answer.highlight).toEqual(['go', 'quiet']);
  });

  it('puts a record whose title is the typed words, stop words and all, before shorter lines that use its one word', async () => {
    const phrased: FakeRecord[] = [
      { id: 'think-line', text: 'think think about the trade', filters: { type: 'wordtrack' } },
      { id: 'think-mention', text: 'they said i need to think about it and left', filters: { type: 'page' } },
      { id: 'think-objection', title: 'I need to think about it', text: 'i need to think about it', filters: { type: 'objection' } },
    ];
    const pagefind = fakePagefind(phrased);
    const answer = await createSearch(pagefind, Promise.resolve({ words: ['think', 'trade'], complete: true })).search('I need to think about it');
    expect(ids(answer.hits)[0]).toBe('think-objection');
    expect(ids(answer.hits).slice(1)).toEqual(['think-line', 'think-mention']);
  });

  it('takes one typed word with a hyphen for a word, not a phrase to find in titles', async () => {
    const hyphened: FakeRecord[] = [
      { id: 'addons-line', text: 'addons and more addons', filters: { type: 'wordtrack' } },
      { id: 'addons-term', title: 'Add-ons', text: 'addons', filters: { type: 'term' } },
    ];
    const answer = await createSearch(fakePagefind(hyphened), Promise.resolve({ words: ['add', 'addons', 'ons'], complete: true })).search('add-ons');
    expect(ids(answer.hits)).toEqual(['addons-line', 'addons-term']);
  });

  it('searches a word the index does not hold as the word it most likely meant, and says so', async () => {
    const pagefind = fakePagefind(records);
    const answer = await createSearch(pagefind, Promise.resolve(vocabulary)).search('finacing');
    expect(answer.corrections).toEqual([{ from: 'finacing', to: 'financing' }]);
    expect(answer.searched).toBe('financing');
    expect(ids(answer.hits)).toEqual(['financing-terms']);
    expect(pagefind.searched).not.toContain('finacing');
  });

  it('names a word that matches nothing and resembles nothing, and searches the rest', async () => {
    const answer = await createSearch(fakePagefind(records), Promise.resolve(vocabulary)).search('quiet xylophone');
    expect(answer.unmatched).toEqual(['xylophone']);
    expect(answer.corrections).toEqual([]);
    expect(ids(answer.hits)).toEqual(['quiet-play']);
  });

  it('with a partial vocabulary, trusts Pagefind about a word the vocabulary lacks', async () => {
    const partial = { words: ['trade'], complete: false };
    const answer = await createSearch(fakePagefind(records), Promise.resolve(partial)).search('proposal');
    expect(answer.corrections).toEqual([]);
    expect(answer.unmatched).toEqual([]);
    expect(ids(answer.hits)).toEqual(['quiet-play']);
  });

  it('filters the ranked results and counts what each option holds of them', async () => {
    const answer = await createSearch(fakePagefind(records), Promise.resolve(vocabulary)).search('trade', { type: 'play' }, { withCounts: true });
    expect(ids(answer.hits)).toEqual(['trade-play']);
    expect(answer.matched).toBe(3);
    expect(answer.counts?.type).toEqual({ wordtrack: 1, play: 1, term: 1 });
    expect(answer.counts?.phase).toEqual({ '2': 1, '3': 0 });
  });

  it('says which filters hide every result', async () => {
    const answer = await createSearch(fakePagefind(records), Promise.resolve(vocabulary)).search('quiet', { type: 'term', phase: '3' });
    expect(answer.hits).toEqual([]);
    expect(answer.matched).toBe(1);
    expect(answer.hiddenBy).toEqual(['type']);
  });

  it('browses by filter without words', async () => {
    const answer = await createSearch(fakePagefind(records), Promise.resolve(vocabulary)).search('', { type: 'wordtrack', phase: '3' }, { withCounts: true });
    expect(ids(answer.hits).sort()).toEqual(['financing-terms', 'trade-figure']);
    expect(answer.counts?.type).toEqual({ wordtrack: 2, play: 1, term: 0 });
    expect(answer.hiddenBy).toEqual([]);
  });
});

describe('words to mark on the landing page', () => {
  it('are the query’s words as written, without stop words or punctuation around them', () => {
    expect(markedWords('What about the "trade-in", then?')).toEqual(['trade-in']);
    expect(markedWords('gap gap insurance')).toEqual(['gap', 'insurance']);
  });
});

describe('search, at its edges', () => {
  const answerTo = async (query: string, selection = {}, options = {}) => {
    const pagefind = fakePagefind(records);
    const answer = await createSearch(pagefind, Promise.resolve(vocabulary)).search(query, selection, options);
    return { answer, searched: pagefind.searched };
  };

  it('asks Pagefind once for a one-word query: no phrase, no per-word searches, no filters', async () => {
    const { answer, searched } = await answerTo('quiet');
    expect(searched).toEqual(['quiet']);
    expect(ids(answer.hits)).toEqual(['quiet-play']);
    expect(answer.counts).toBeUndefined();
    expect(answer.hiddenBy).toEqual([]);
  });

  it('searches a query of stop words alone as typed', async () => {
    const { searched } = await answerTo('the');
    expect(searched).toEqual(['the']);
  });

  it('shows nothing for an empty query without filters, and corrects nothing', async () => {
    const { answer, searched } = await answerTo('   ');
    expect(answer).toEqual({ hits: [], exact: new Set(), matched: 0, corrections: [], searched: '', unmatched: [], highlight: [], hiddenBy: [] });
    expect(searched).toEqual([]);
  });

  it('browsing by filter counts every hit as exact and marks no words', async () => {
    const { answer } = await answerTo('', { type: 'play' });
    expect(new Set(ids(answer.hits))).toEqual(new Set(['trade-play', 'quiet-play']));
    expect(answer.exact).toEqual(new Set(['trade-play', 'quiet-play']));
    expect(answer.matched).toBe(2);
    expect(answer).toMatchObject({ corrections: [], unmatched: [], highlight: [], hiddenBy: [] });
  });

  it('when browsing finds nothing, names each filter that alone would show something', async () => {
    const { answer } = await answerTo('', { type: 'term', phase: '3' });
    expect(answer.hits).toEqual([]);
    expect(answer.hiddenBy.sort()).toEqual(['phase', 'type']);
  });

  it('treats a filter left unset as no filter', async () => {
    const { answer } = await answerTo('trade', { type: 'play', phase: undefined });
    expect(ids(answer.hits)).toEqual(['trade-play']);
    expect(answer.hiddenBy).toEqual([]);
  });

  it('blames no filter when the query itself finds nothing', async () => {
    const { answer } = await answerTo('xylophone', { type: 'play' });
    expect(answer.hits).toEqual([]);
    expect(answer.hiddenBy).toEqual([]);
    expect((await answerTo('xylophone')).answer.hiddenBy).toEqual([]);
  });

  it('leaves numbers and stop words as typed, neither corrected nor reported as unknown', async () => {
    const { answer } = await answerTo('the quiet 2026');
    expect(answer.corrections).toEqual([]);
    expect(answer.unmatched).toEqual([]);
  });

  it('corrects a typo inside a hyphenated word, searching its parts', async () => {
    const { answer } = await answerTo('trade-finacing');
    expect(answer.corrections).toEqual([{ from: 'finacing', to: 'financing' }]);
    expect(answer.searched).toBe('trade financing');
    expect((await answerTo('trade-figure')).answer.searched).toBe('trade-figure');
  });

  it('with a partial vocabulary, corrects a word that neither it nor Pagefind holds', async () => {
    const pagefind = fakePagefind(records);
    const answer = await createSearch(pagefind, Promise.resolve({ words: ['trade'], complete: false })).search('trdae');
    expect(answer.corrections).toEqual([{ from: 'trdae', to: 'trade' }]);
    expect(ids(answer.hits).sort()).toEqual(['glossary-trade', 'trade-figure', 'trade-play']);
  });

  it('with a partial vocabulary, asks Pagefind nothing more about a word it holds', async () => {
    const pagefind = fakePagefind(records);
    await createSearch(pagefind, Promise.resolve({ words: ['trade'], complete: false })).search('trade');
    expect(pagefind.searched).toEqual(['trade']);
  });

  it('ranks by the rarer word: one in most records does not make a record a match', async () => {
    const many: FakeRecord[] = [
      { id: 'car-car', text: 'car car car price', filters: {} },
      ...['a', 'b', 'c', 'd', 'e'].map((letter) => ({ id: `car-${letter}`, text: `the car ${letter}`, filters: {} })),
      { id: 'goes-quiet', text: 'the buyer goes quiet', filters: {} },
      { id: 'proposal', text: 'the proposal', filters: {} },
    ];
    const answer = await createSearch(fakePagefind(many), Promise.resolve(vocabulary)).search('car quiet');
    expect(ids(answer.hits)[0]).toBe('goes-quiet');
  });

  it('loads the filter options once, ahead of the first filtered search when asked to', async () => {
    const pagefind = fakePagefind(records);
    const search = createSearch(pagefind, Promise.resolve(vocabulary));
    search.preloadFilters();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // One filter-only search per option: wordtrack, play and term; phases 3 and 2.
    expect(pagefind.searched).toEqual(Array(5).fill('(filters)'));
    await search.search('quiet', { type: 'play' });
    await search.search('trade', { phase: '2' }, { withCounts: true });
    expect(pagefind.searched.filter((term) => term === '(filters)')).toHaveLength(5);
  });

  it('puts a record titled with the phrase first whatever its punctuation, case and apostrophes', async () => {
    const phrased: FakeRecord[] = [
      { id: 'too-much-line', text: 'its too much for us this month', filters: {} },
      { id: 'too-much', title: 'It’s Too Much', text: 'its too much', filters: {} },
    ];
    for (const query of ['its too much', 'It’s too much?', "it's TOO much"]) {
      const answer = await createSearch(fakePagefind(phrased), Promise.resolve({ words: ['month', 'much'], complete: true })).search(query);
      expect(ids(answer.hits)[0], query).toBe('too-much');
    }
  });
});

describe('search when Pagefind answers null, as its API allows (for a search a newer one replaced)', () => {
  it('counts that as no results, for the words, the record count and the filter options alike', async () => {
    const nothing: PagefindApi = { search: async () => null, filters: async () => ({ type: { play: 2 } }) };
    const answer = await createSearch(nothing, Promise.resolve(vocabulary)).search('trade figure', { type: 'play' }, { withCounts: true });
    expect(answer.hits).toEqual([]);
    expect(answer.matched).toBe(0);
    expect(answer.counts).toEqual({ type: { play: 0 } });
  });
});

describe('words to mark, at their edges', () => {
  it('lose all the punctuation around them, not only its first character', () => {
    expect(markedWords('("trade-in") …gap!?')).toEqual(['trade-in', 'gap']);
  });
});
