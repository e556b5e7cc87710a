import { describe, expect, it } from 'vitest';
import { contentWords, normalizeWord, stopWords, wordParts } from '../../../src/lib/search/words';

describe('query words', () => {
  it('are normalised as Pagefind searches them: lowercase, no accents, no punctuation', () => {
    expect(normalizeWord('Trade-in')).toBe('tradein');
    expect(normalizeWord("What's")).toBe('whats');
    expect(normalizeWord('Café,')).toBe('cafe');
  });

  it('keep their meaningful words in order, once, without stop words or the verbs a moment is wrapped in', () => {
    expect(contentWords('They want to think about it')).toEqual(['think']);
    expect(contentWords('boss needs to approve the boss')).toEqual(['boss', 'approve']);
    expect(contentWords('what is it')).toEqual([]);
  });

  it('keep negations, which change what a query means', () => {
    expect(contentWords("what if it doesn't work for us")).toEqual(['doesnt', 'work']);
    expect(stopWords.has('not')).toBe(false);
  });

  it('split hyphenated words into the parts that stand alone', () => {
    expect(wordParts('out-the-door')).toEqual(['out', 'the', 'door']);
    expect(wordParts('finacing')).toEqual(['finacing']);
  });
});
