import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { editDistance, isKnownWord, suggestWord } from '../../../src/lib/search/suggest';
import { decodeVocabulary, encodeVocabulary, wordCounts, type Vocabulary } from '../../../src/lib/search/vocabulary';

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

describe('the vocabulary file', () => {
  const counts = wordCounts(['The financing, the finance office.', 'Financing and a referral.', 'Referral: a café']);

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
