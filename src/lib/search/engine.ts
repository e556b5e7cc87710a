import type { PagefindResultData } from './results.ts';
import { applyFilters, filterCounts, hidingFilters, type FilterCounts, type OptionSets, type Selection } from './facets.ts';
import { rankRelaxed } from './relax.ts';
import { isKnownWord, suggestWord } from './suggest.ts';
import type { Vocabulary } from './vocabulary.ts';
import { contentWords, normalizeWord, stopWords, wordParts } from './words.ts';

/** The query's words as a page shows them, for marking on arrival: "trade-in" stays whole, stop words are left out. */
export function markedWords(query: string): string[] {
  const words = query.split(/\s+/).map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  return [...new Set(words.filter((word) => word && !stopWords.has(normalizeWord(word))))];
}

/** One hit as Pagefind returns it. */
export interface PagefindHit {
  id: string;
  score: number;
  /** Where the matched words are in the record's text. */
  words: number[];
  data(): Promise<PagefindResultData>;
}

/** The part of Pagefind's search API this search uses; a fake of it drives the unit tests. */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] } | null>;
  filters(): Promise<FilterCounts>;
}

export interface SearchAnswer {
  /** Ranked: the exact matches of the whole query first, then the records that match some of its words. */
  hits: PagefindHit[];
  /** The ids among `hits` that matched the whole query. */
  exact: ReadonlySet<string>;
  /** How many records matched before the filters. */
  matched: number;
  /** Query words that match nothing, each with the word searched instead. */
  corrections: { from: string; to: string }[];
  /** The query with the corrections made; the same as the query when there are none. */
  searched: string;
  /** Query words that match nothing and resemble no word of the playbook. */
  unmatched: string[];
  /** The words a page marks when a result opens it. */
  highlight: string[];
  /** When the filters leave no result of the query: the filters that hide them. */
  hiddenBy: string[];
  /** How many of the results each filter option holds (see filterCounts); only when asked for. */
  counts?: FilterCounts;
}

/** How many of the first ranked hits have their titles read for the typed phrase: the first page of results. */
const TITLE_CHECKS = 10;

/** Text as a phrase of lower-case words, so a title and a query compare whatever their punctuation and apostrophes. */
const phraseOf = (text: string) => text.toLowerCase().replace(/[’']/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');

/** `first`, then the hits of `rest` not among them. */
function leading(first: PagefindHit[], rest: PagefindHit[]): PagefindHit[] {
  const placed = new Set(first.map((hit) => hit.id));
  return [...first, ...rest.filter((hit) => !placed.has(hit.id))];
}

/**
 * Search in the rep's words over Pagefind, which keeps only records holding every word: the exact query first; with
 * fewer than a handful of results, each meaningful word alone, ranked by how many words a record matches; then, of
 * the first results, those whose title holds the typed phrase move to the top. A word the index does not hold is
 * searched as the nearest word it does hold. Filters are applied to the ranked results here, from the record ids of
 * each filter option, so counts can be given for loose matches too.
 */
export function createSearch(pagefind: PagefindApi, vocabulary: Promise<Vocabulary>) {
  let optionSets: Promise<OptionSets> | undefined;
  /** Every filter option's records, from one filter-only search each, fetched once. */
  const options = () =>
    (optionSets ??= pagefind.filters().then(async (filters) => {
      const sets: OptionSets = new Map();
      const searches = Object.entries(filters).flatMap(([field, values]) =>
        Object.keys(values).map(async (value) => {
          const found = await pagefind.search(null, { filters: { [field]: value } });
          const byValue = sets.get(field) ?? new Map<string, ReadonlySet<string>>();
          sets.set(field, byValue.set(value, new Set(found?.results.map((hit) => hit.id))));
        }),
      );
      await Promise.all(searches);
      return sets;
    }));

  let recordCount: Promise<number> | undefined;
  /** How many records the index holds: a filter-only search with no filter lists them all. */
  const total = () => (recordCount ??= pagefind.search(null).then((found) => found?.results.length ?? 0));

  const hitsOf = async (term: string | null, filters?: Record<string, string>) => (await pagefind.search(term, filters && { filters }))?.results ?? [];

  /**
   * The query's hits: the exact search for all its words but the stop words (so "they" or "it" do not decide what is
   * exact), and one search per word, which ranks the exact hits by how closely they hold the words and, when the
   * exact hits are fewer than a handful, adds the loose ones.
   */
  async function rank(searched: string, words: string[]) {
    const [exact, ranked] = await Promise.all(wordHits(searched, words));
    return { exact, ranked: leading(await titledFirst(searched, ranked), ranked) };
  }

  function wordHits(searched: string, words: string[]): [Promise<PagefindHit[]>, Promise<PagefindHit[]>] {
    if (words.length <= 1) {
      const exact = hitsOf(words[0] ?? searched);
      return [exact, exact];
    }
    const exact = hitsOf(words.join(' '));
    const ranked = Promise.all([exact, Promise.all(words.map((word) => hitsOf(word))), total()]).then((all) => rankRelaxed(...all));
    return [exact, ranked];
  }

  /**
   * Among the first few ranked hits, the records whose title holds the query as typed, stop words and all: "I need
   * to think about it" names an objection, though its one meaningful word, "think", is in dozens of shorter lines.
   * Their fragments are the ones a result list loads anyway, so this fetches nothing more.
   */
  async function titledFirst(searched: string, ranked: PagefindHit[]): Promise<PagefindHit[]> {
    // One typed word ("add-ons") is not a phrase, though its parts are two words.
    if (!/\S\s+\S/.test(searched)) return [];
    const phrase = phraseOf(searched);
    const first = ranked.slice(0, TITLE_CHECKS);
    const titles = await Promise.all(first.map(async (hit) => phraseOf((await hit.data()).meta.title ?? '')));
    return first.filter((_, at) => ` ${titles[at]} `.includes(` ${phrase} `));
  }

  /** A word the index does not hold: by the vocabulary, or by Pagefind itself when the vocabulary is only partial. */
  const unknown = async (word: string, words: Vocabulary) =>
    words.complete ? !isKnownWord(word, words) : !isKnownWord(word, words) && (await hitsOf(word)).length === 0;

  async function correct(query: string) {
    const words = await vocabulary;
    const corrections: SearchAnswer['corrections'] = [];
    const unmatched: string[] = [];
    const tokens = await Promise.all(
      query.split(/\s+/).filter(Boolean).map(async (token) => {
        const parts = wordParts(token);
        const fixed = await Promise.all(
          parts.map(async (part) => {
            if (stopWords.has(part) || /\d/.test(part) || !(await unknown(part, words))) return part;
            const suggestion = suggestWord(part, words);
            if (suggestion) corrections.push({ from: part, to: suggestion });
            else unmatched.push(part);
            return suggestion ?? part;
          }),
        );
        return fixed.some((part, at) => part !== parts[at]) ? fixed.join(' ') : token;
      }),
    );
    return { searched: tokens.join(' '), corrections, unmatched };
  }

  return {
    /** Loads what filtering needs ahead of the first filtered search. */
    preloadFilters: () => void options(),

    async search(query: string, selection: Selection = {}, { withCounts = false } = {}): Promise<SearchAnswer> {
      const filtered = Object.values(selection).some(Boolean);
      const { searched, corrections, unmatched } = query.trim() ? await correct(query.trim()) : { searched: '', corrections: [], unmatched: [] };
      const words = contentWords(searched);
      const sets = filtered || withCounts ? await options() : undefined;
      if (!searched) {
        // Browsing by filter: Pagefind intersects the filters and keeps the playbook's order.
        const hits = filtered ? await hitsOf(null, selection as Record<string, string>) : [];
        return {
          hits, exact: new Set(hits.map((hit) => hit.id)), matched: hits.length, corrections, searched, unmatched, highlight: [],
          hiddenBy: filtered && hits.length === 0 ? hidingFilters(undefined, sets!, selection) : [],
          ...(withCounts ? { counts: filterCounts(undefined, sets!, selection) } : {}),
        };
      }
      const { exact, ranked } = await rank(searched, words);
      const ids = ranked.map((hit) => hit.id);
      const kept = sets && filtered ? new Set(applyFilters(ids, sets, selection)) : undefined;
      const hits = kept ? ranked.filter((hit) => kept.has(hit.id)) : ranked;
      return {
        hits,
        exact: new Set(exact.map((hit) => hit.id)),
        matched: ranked.length,
        corrections,
        searched,
        unmatched,
        highlight: markedWords(searched),
        hiddenBy: filtered && hits.length === 0 && ranked.length > 0 ? hidingFilters(ids, sets!, selection) : [],
        ...(withCounts ? { counts: filterCounts(ids, sets!, selection) } : {}),
      };
    },
  };
}

export type Search = ReturnType<typeof createSearch>;
