import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/lib/edit-distance';
import { isKnownWord, suggestWord } from '../../../src/lib/search/suggest';
import { countWords, decodeVocabulary, encodeVocabulary, type Vocabulary } from '../../../src/lib/search/vocabulary';

const vocabulary = (words: string[]): Vocabulary => ({ words: [...words].sort(), complete: true });
const playbook = vocabulary(['financing', 'finance', 'referral', 'refer', 'appraisal', 'warranty', 'lease', 'ghost', 'negotiation', 'removes', 'cheap']);

describe('known words', () => {
  it('are words Pagefind would match: an indexed word starts with the query word, less a common ending', () => {
    expect(isKnownWord('financing', playbook)).toBe(true);
    expect(isKnownWord('financ', playbook)).toBe(true);
    expect(isKnownWord('leasing', playbook)).toBe(true);
    expect(isKnownWord('ghosted', playbook)).toBe(true);
    expect(isKnownWord('cheaps', playbook)).toBe(true);
  });

  it('are not typos that only share a short start with an indexed word', () => {
    expect(isKnownWord('finacing', playbook)).toBe(false);
    expect(isKnownWord('referal', playbook)).toBe(false);
    expect(isKnownWord('apraisal', playbook)).toBe(false);
    expect(isKnownWord('xylophone', playbook)).toBe(false);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('finacing', 'financing', 2)).toBe(1);
    expect(editDistance('warrenty', 'warranty', 2)).toBe(1);
    expect(editDistance('recieve', 'receive', 2)).toBe(1);
    expect(editDistance('abc', 'abc', 2)).toBe(0);
  });

  it('stops early once over the limit', () => {
    expect(editDistance('lease', 'appraisal', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('suggestions', () => {
  it('name the word a typo was meant to be', () => {
    expect(suggestWord('finacing', playbook)).toBe('financing');
    expect(suggestWord('referal', playbook)).toBe('referral');
    expect(suggestWord('apraisal', playbook)).toBe('appraisal');
    expect(suggestWord('warrenty', playbook)).toBe('warranty');
    expect(suggestWord('negotation', playbook)).toBe('negotiation');
  });

  it('allow one edit in words under eight letters, so a real word is not turned into another', () => {
    expect(suggestWord('remorse', playbook)).toBeUndefined();
    expect(suggestWord('leese', playbook)).toBe('lease');
  });

  it('are nothing when no word is close', () => {
    expect(suggestWord('xylophone', playbook)).toBeUndefined();
  });
});

describe('known words, at their edges', () => {
  it('keep the ending of a short word: "fins" is not "fin" plus an s, so it does not match "finance"', () => {
    expect(isKnownWord('fins', vocabulary(['finance']))).toBe(false);
    expect(isKnownWord('refers', vocabulary(['referral']))).toBe(true);
  });

  it('include an indexed word of four letters or more with one letter added, as Pagefind still finds it', () => {
    expect(isKnownWord('cheapo', playbook)).toBe(true);
    expect(isKnownWord('deall', vocabulary(['deal']))).toBe(true);
    expect(isKnownWord('carx', vocabulary(['car', 'cheap']))).toBe(false);
  });
});

describe('edit distance, at its edges', () => {
  it('counts a swap of neighbours as one edit, and two changed letters as two', () => {
    expect(editDistance('teh', 'the', 1)).toBe(1);
    expect(editDistance('lesae', 'lease', 1)).toBe(1);
    expect(editDistance('lease', 'leaky', 2)).toBe(2);
  });

  it('counts a letter that matches across the diagonal as no swap unless its neighbour does too', () => {
    expect(editDistance('ab', 'xa', 2)).toBe(2);
  });

  it('gives limit + 1 for words of one length that are far apart', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('suggestions, when more than one word is close', () => {
  it('allow two edits in a word of exactly eight letters', () => {
    expect(suggestWord('refferal', playbook)).toBe('referral');
  });

  it('are never the word itself: a word the playbook has needs none', () => {
    expect(suggestWord('lease', playbook)).toBeUndefined();
    expect(suggestWord('lesae', playbook)).toBe('lease');
  });

  it('prefer the word that shares the longer start, as typos come later in a word', () => {
    expect(suggestWord('rater', vocabulary(['cater', 'rates']))).toBe('rates');
    expect(suggestWord('rater', vocabulary(['rates', 'cater']))).toBe('rates');
  });

  it('prefer one edit to two, whatever comes first in the vocabulary', () => {
    expect(suggestWord('warrenty', vocabulary(['warrants', 'warranty']))).toBe('warranty');
    expect(suggestWord('recieving', vocabulary(['receiving', 'reciting']))).toBe('receiving');
  });

  it('prefer a longer shared start over a closer length', () => {
    expect(suggestWord('cars', vocabulary(['carts', 'oars']))).toBe('carts');
  });

  it('then the word closest in length', () => {
    expect(suggestWord('cars', vocabulary(['car', 'card', 'carts']))).toBe('card');
  });

  it('prefer the fewest edits', () => {
    // "negotiatoin" is one swap from "negotiation" and two edits from "negotiations", which shares as long a start.
    expect(suggestWord('negotiatoin', vocabulary(['negotiations', 'negotiation']))).toBe('negotiation');
  });
});

describe('the vocabulary file', () => {
  const counts = ['The financing, the finance office.', 'Financing and a referral.', 'Referral: a café'].reduce(countWords, new Map<string, number>());

  it('counts each word once per record, without stop words, short words or digits', () => {
    expect(Object.fromEntries(counts)).toEqual({ financing: 2, finance: 1, office: 1, referral: 2, cafe: 1 });
  });

  it('reads back every word it was written with, front-coded and sorted', () => {
    const file = encodeVocabulary(counts, () => true);
    expect(file.split('\n')[0]).toBe('attune-vocabulary 1 complete');
    expect(file).toContain('\n6ing');
    expect(decodeVocabulary(file)).toEqual({ words: ['cafe', 'finance', 'financing', 'office', 'referral'], complete: true });
  });

  it('keeps the commonest words that fit the budget, and says it is partial', () => {
    const budget = (file: string) => gzipSync(file).length <= gzipSync(encodeVocabulary(new Map([['financing', 2], ['referral', 2]]), () => true)).length + 1;
    const decoded = decodeVocabulary(encodeVocabulary(counts, budget));
    expect(decoded.complete).toBe(false);
    expect(decoded.words).toEqual(['financing', 'referral']);
  });

  it('reads anything else, such as an error page, as an empty partial vocabulary', () => {
    expect(decodeVocabulary('<!doctype html><p>Not found</p>')).toEqual({ words: [], complete: false });
  });
});
