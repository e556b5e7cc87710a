import { editDistance } from '../edit-distance.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Endings a query word may carry that the indexed form lacks ("leasing" for "lease", "ghosted" for "ghost"). */
const endings = ['ing', 'ed', 'es', 's'];

function core(word: string): string {
  const ending = endings.find((candidate) => word.endsWith(candidate) && word.length - candidate.length >= 4);
  return ending ? word.slice(0, -ending.length) : word;
}

/** The index of the first word in `sorted` that is not before `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * True when Pagefind would match `word` to a word of the playbook: an indexed word starts with the query word (less a
 * common ending), or the query word is an indexed word plus one letter. Pagefind itself falls back to any indexed
 * prefix ("finacing" finds "fin"), which is a match only in name.
 */
export function isKnownWord(word: string, vocabulary: Vocabulary): boolean {
  const stem = core(word);
  const next = vocabulary.words[lowerBound(vocabulary.words, stem)];
  if (next?.startsWith(stem)) return true;
  const shorter = word.slice(0, -1);
  return shorter.length >= 4 && vocabulary.words[lowerBound(vocabulary.words, shorter)] === shorter;
}

const sharedPrefix = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
};

/**
 * The vocabulary word `word` was most likely meant to be: the fewest edits (one, or two for words of eight letters or
 * more: a second edit in a short word makes another word, "remorse" and "removes"), then the longest shared start
 * (typos come later in a word), then the closest length.
 */
export function suggestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const limit = word.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number; prefix: number; length: number } | undefined;
  for (const candidate of vocabulary.words) {
    if (candidate === word) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance > limit) continue;
    const prefix = sharedPrefix(word, candidate);
    const length = Math.abs(candidate.length - word.length);
    if (!best || distance < best.distance || (distance === best.distance && (prefix > best.prefix || (prefix === best.prefix && length < best.length)))) {
      best = { word: candidate, distance, prefix, length };
    }
  }
  return best?.word;
}
