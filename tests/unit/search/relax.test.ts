import { describe, expect, it } from 'vitest';
import { COMMON_SHARE, HANDFUL, meaningfulWords, PASSAGE_WORDS, rankRelaxed, wordsTogether, type ScoredHit } from '../../../src/lib/search/relax';

const hit = (id: string, score: number, words: number[] = [0]): ScoredHit => ({ id, score, words });
const ids = (hits: ScoredHit[]) => hits.map((one) => one.id);

describe('words held together', () => {
  it('counts the most distinct words within one passage', () => {
    expect(wordsTogether([[3], [10], [12]])).toBe(3);
    expect(wordsTogether([[0], [PASSAGE_WORDS + 1]])).toBe(1);
    expect(wordsTogether([[0, 500], [PASSAGE_WORDS + 1, 520]])).toBe(2);
  });

  it('lets a word found only in the metadata join any passage', () => {
    expect(wordsTogether([[], [900], [0]])).toBe(2);
    expect(wordsTogether([[], []])).toBe(2);
  });

  it('does not count one word twice', () => {
    expect(wordsTogether([[1, 2, 3, 4]])).toBe(1);
  });
});

describe('meaningful words', () => {
  it('leave out a word found in more than a quarter of the records, unless every word is that common', () => {
    const total = 100;
    const many = Array.from({ length: total * COMMON_SHARE + 1 }, (_, at) => hit(`r${at}`, 1));
    expect(meaningfulWords([many, [hit('a', 1)]], total)).toEqual([false, true]);
    expect(meaningfulWords([many, many], total)).toEqual([true, true]);
  });
});

describe('relaxed ranking', () => {
  it('keeps exact hits that hold the words together first, in Pagefind order', () => {
    const exact = [hit('b', 1, [1, 2]), hit('a', 9, [1, 2])];
    const perWord = [[hit('a', 5, [1]), hit('b', 1, [1]), hit('c', 20, [1])], [hit('a', 4, [2]), hit('b', 1, [2])]];
    expect(ids(rankRelaxed(exact, perWord, 100))).toEqual(['b', 'a', 'c']);
  });

  it('ranks loose matches by how many words they hold, then by their summed scores', () => {
    const perWord = [
      [hit('two-low', 1, [0]), hit('one-high', 50, [0]), hit('two-high', 3, [0])],
      [hit('two-low', 1, [5]), hit('two-high', 3, [5])],
    ];
    expect(ids(rankRelaxed([], perWord, 100))).toEqual(['two-high', 'two-low', 'one-high']);
  });

  it('moves an exact hit whose words lie far apart (a long page) below loose matches that hold more together', () => {
    const far = PASSAGE_WORDS * 10;
    const exact = [hit('long-page', 9, [0, far, far * 2])];
    const perWord = [
      [hit('long-page', 3, [0]), hit('wordtrack', 2, [1])],
      [hit('long-page', 3, [far]), hit('wordtrack', 2, [4])],
      [hit('long-page', 3, [far * 2])],
    ];
    expect(ids(rankRelaxed(exact, perWord, 100))).toEqual(['wordtrack', 'long-page']);
  });

  it('adds no loose matches while a handful of exact hits hold the words together', () => {
    const exact = Array.from({ length: HANDFUL }, (_, at) => hit(`e${at}`, 1, [0, 1]));
    const perWord = [[...exact, hit('loose', 99, [0])], exact];
    expect(ids(rankRelaxed(exact, perWord, 100))).toEqual(ids(exact));
  });

  it('does not let a common word count as a match, only break ties', () => {
    const common = Array.from({ length: 40 }, (_, at) => hit(`c${at}`, 1, [0]));
    const perWord = [[hit('rare', 1, [0]), hit('both', 1, [0])], [...common, hit('both', 5, [1])]];
    const ranked = ids(rankRelaxed([], perWord, 100));
    expect(ranked.slice(0, 2)).toEqual(['both', 'rare']);
    expect(ranked.indexOf('c0')).toBeGreaterThan(1);
  });
});
