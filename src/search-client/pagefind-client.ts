import { createSearch, type PagefindApi, type Search } from '../lib/search/engine';
import { decodeVocabulary, vocabularyPath, type Vocabulary } from '../lib/search/vocabulary';

interface Pagefind extends PagefindApi {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
}

/**
 * How much a match in each metadata field lifts a result (Pagefind's default is 1, the title 5): a play whose moment
 * matches the query comes first; the stage, track and intent named in a wordtrack's result line count least.
 */
const metaWeights = { title: 5, moment: 4, stage: 1, track: 0.5, intent: 0.5, kind: 0.5 };

let loading: Promise<Search> | undefined;

/** The index's vocabulary for "Did you mean…?"; without it search works and only suggests nothing. */
async function loadVocabulary(): Promise<Vocabulary> {
  try {
    const response = await fetch(vocabularyPath);
    return decodeVocabulary(response.ok ? await response.text() : '');
  } catch {
    return decodeVocabulary('');
  }
}

/** Loads Pagefind's search library from the built site and the vocabulary, once, on the first search. */
export function loadSearch(): Promise<Search> {
  // A runtime URL: the file is written by the indexing step after Vite has bundled the site.
  const url = '/pagefind/pagefind.js';
  return (loading ??= (async () => {
    const vocabulary = loadVocabulary();
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 22, ranking: { metaWeights, pageLength: 1 } });
    await pagefind.init();
    return createSearch(pagefind, vocabulary);
  })());
}
