/** Fewer exact results than this, and search looks again word by word. */
export const HANDFUL = 5;

/**
 * A word found in more than this share of all records ("buyer" in a sales playbook) tells records apart as little as
 * a stop word: it does not count as a matched word, though its score still breaks ties.
 */
export const COMMON_SHARE = 0.25;

/**
 * Words count as matched together when they fall within this many words of each other: about a paragraph, so a long
 * page that uses "hold" in one section and "sleep" in another does not rank as if it answered "hold the car so they
 * can sleep on it". A wordtrack's record is shorter than this, so all its words are together.
 */
export const PASSAGE_WORDS = 60;

/** A search hit as Pagefind ranks it: `words` are the positions of the matched words in the record's text. */
export interface ScoredHit {
  id: string;
  score: number;
  words: readonly number[];
}

/**
 * The most of the words found within one passage. `positions` has one entry per word: where it occurs, or `[]` when
 * it matched only the record's metadata (a wordtrack's stage, say), which belongs to every passage.
 */
export function wordsTogether(positions: readonly (readonly number[])[], passage = PASSAGE_WORDS): number {
  const everywhere = positions.filter((list) => list.length === 0).length;
  const located = positions
    .flatMap((list, word) => (list.length === 0 ? [] : list.map((at) => ({ at, word }))))
    .sort((a, b) => a.at - b.at);
  const inWindow = new Map<number, number>();
  let best = 0;
  let start = 0;
  for (const { at, word } of located) {
    inWindow.set(word, (inWindow.get(word) ?? 0) + 1);
    while (at - located[start]!.at > passage) {
      const left = located[start++]!.word;
      const remaining = inWindow.get(left)! - 1;
      if (remaining === 0) inWindow.delete(left);
      else inWindow.set(left, remaining);
    }
    best = Math.max(best, inWindow.size);
  }
  return best + everywhere;
}

/**
 * Which of the query's words count as meaningful, from one search per word: those in at most a `COMMON_SHARE` of the
 * `total` records, or every word when all are that common.
 */
export function meaningfulWords(perWord: readonly (readonly unknown[])[], total: number): boolean[] {
  const common = perWord.map((hits) => hits.length > total * COMMON_SHARE);
  return common.every(Boolean) ? perWord.map(() => true) : common.map((isCommon) => !isCommon);
}

/**
 * The exact hits that hold every meaningful word within one passage, in Pagefind's order; then, when those are
 * fewer than a handful, every other record that matches any of the words (the other exact hits among them), ranked
 * by how many of the meaningful words it holds within one passage and then by the sum of Pagefind's scores; else the
 * other exact hits ranked so. `perWord` holds one search per word; `total` is how many records the index holds.
 */
export function rankRelaxed<T extends ScoredHit>(exact: readonly T[], perWord: readonly (readonly T[])[], total: number): T[] {
  const counted = meaningfulWords(perWord, total);
  const needed = counted.filter(Boolean).length;
  const records = new Map<string, { hit: T; positions: (readonly number[])[]; score: number }>();
  perWord.forEach((hits, word) => {
    for (const hit of hits) {
      const record = records.get(hit.id) ?? { hit, positions: [], score: 0 };
      if (counted[word]) record.positions.push(hit.words);
      record.score += hit.score;
      records.set(hit.id, record);
    }
  });
  const together = (id: string) => {
    const record = records.get(id);
    return record ? wordsTogether(record.positions) : needed;
  };
  const first = exact.filter((hit) => together(hit.id) >= needed);
  const placed = new Set(first.map((hit) => hit.id));
  const exactIds = new Set(exact.map((hit) => hit.id));
  const loose = first.length < HANDFUL;
  const rest = [...records.values()]
    .filter((record) => !placed.has(record.hit.id) && (loose || exactIds.has(record.hit.id)))
    .map((record) => ({ ...record, together: together(record.hit.id) }))
    .sort((a, b) => b.together - a.together || b.score - a.score);
  return [...first, ...rest.map((record) => record.hit)];
}
