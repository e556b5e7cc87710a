import { stopWords } from './words.ts';

/**
 * The index's own words, for "Did you mean…?". Written at build time next to Pagefind's files and fetched with the
 * search: sorted, and front-coded (each line is the length it shares with the line before, then the rest), which
 * gzips to about a third of a plain list. The first line says whether every indexed word is in it.
 */
export const vocabularyPath = '/pagefind/attune-vocabulary.txt';
const HEADER = 'attune-vocabulary 1';

export interface Vocabulary {
  /** Sorted. */
  words: string[];
  /** False when the rarest words were left out to keep the file small: a word missing from it may still be indexed. */
  complete: boolean;
}

/** Words worth suggesting: letters only, three or more, not stop words. Hyphenated words count as their parts. */
export function vocabularyWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 3 && !stopWords.has(word));
}

/** Counts the words of one more indexed record's `text` in `counts`: in how many records each word appears. */
export function countWords(counts: Map<string, number>, text: string): Map<string, number> {
  for (const word of new Set(vocabularyWords(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}


function frontCode(sorted: string[]): string[] {
  let previous = '';
  return sorted.map((word) => {
    let shared = 0;
    while (shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    previous = word;
    return `${shared || ''}${word.slice(shared)}`;
  });
}

/**
 * The vocabulary file for these counts: every word when the file `fits`, else the commonest words that fit (words
 * in more records are likelier what a rep meant).
 */
export function encodeVocabulary(counts: Map<string, number>, fits: (file: string) => boolean): string {
  const encode = (words: string[], complete: boolean) => [`${HEADER} ${complete ? 'complete' : 'partial'}`, ...frontCode([...words].sort())].join('\n');
  const all = [...counts.keys()];
  const whole = encode(all, true);
  if (fits(whole)) return whole;
  const commonest = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  // Halve the range until the largest list that fits is found: each try gzips the file once.
  let [low, high] = [0, commonest.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(encode(commonest.slice(0, middle), false))) low = middle;
    else high = middle - 1;
  }
  return encode(commonest.slice(0, low), false);
}

/** Reads the vocabulary file; anything else (an error page, say) reads as an empty, incomplete vocabulary. */
export function decodeVocabulary(file: string): Vocabulary {
  const [header = '', ...lines] = file.split('\n');
  if (!header.startsWith(HEADER)) return { words: [], complete: false };
  const words: string[] = [];
  let previous = '';
  for (const line of lines) {
    const [, shared = '', rest = ''] = /^(\d*)(.*)$/.exec(line) ?? [];
    previous = previous.slice(0, Number(shared || 0)) + rest;
    if (previous) words.push(previous);
  }
  return { words, complete: header.endsWith(' complete') };
}
