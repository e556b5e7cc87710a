import { describe, expect, it } from 'vitest';
import { excerptParts, resultCountText, toSearchResult } from '../../src/lib/search/results';

describe('an excerpt from Pagefind', () => {
  it('is split into plain and marked parts', () => {
    expect(excerptParts('Ask what <mark>matters</mark> most, then <MARK>listen</MARK>.')).toEqual([
      { text: 'Ask what ', marked: false },
      { text: 'matters', marked: true },
      { text: ' most, then ', marked: false },
      { text: 'listen', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('keeps markup typed by an author as text and drops any other tag', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <b>bold</b><img src=x onerror=alert(1)>')).toEqual([
      { text: '<script>alert(1)</script> bold', marked: false },
    ]);
  });

  it('decodes named and numeric entities, and leaves unknown ones as written', () => {
    expect(excerptParts('Tom &amp; Jerry&#39;s &quot;deal&quot;&nbsp;&#x27;now&#x27; &#8212; &#x2014; &copy;')).toEqual([
      { text: 'Tom & Jerry\'s "deal" \'now\' — — &copy;', marked: false },
    ]);
  });

  it('has no empty parts', () => {
    expect(excerptParts('<mark></mark>')).toEqual([]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('a result as the search page shows it', () => {
  const excerpt = 'How <mark>far</mark> is the drive?';

  it('a wordtrack shows its text, then its phase, intent, stage and track', () => {
    const result = toSearchResult({
      url: '/wordtracks/#td-open-1',
      excerpt,
      meta: { title: 'How far is the drive?', track: 'The showroom sale', stage: 'The test drive', intent: 'Open' },
      filters: { type: ['wordtrack'], phase: ['2'] },
    });
    expect(result).toEqual({
      url: '/wordtracks/#td-open-1',
      kind: 'wordtrack',
      title: 'How far is the drive?',
      excerpt: excerptParts(excerpt),
      facts: ['Phase II', 'Open', 'The test drive', 'The showroom sale'],
    });
  });

  it('a wordtrack for more than one phase shows none of them', () => {
    expect(toSearchResult({ url: '/wordtracks/#x', excerpt, meta: { intent: 'Open' }, filters: { type: ['wordtrack'], phase: ['2', '3'] } }).facts).toEqual(['Open']);
  });

  it('a page shows its title and nothing of a wordtrack’s', () => {
    const result = toSearchResult({ url: '/plays/price-first/', excerpt, meta: { title: 'Price first' }, filters: { type: ['play'], phase: ['1'] } });
    expect(result).toEqual({ url: '/plays/price-first/', kind: 'page', title: 'Price first', excerpt: excerptParts(excerpt), facts: [] });
  });

  it('a glossary term says so', () => {
    expect(toSearchResult({ url: '/glossary/#f-and-i', excerpt, meta: { title: 'F&I', kind: 'Glossary' }, filters: { type: ['term'] } }).facts).toEqual(['Glossary']);
  });

  it('without a type filter, a wordtrack is known by its address in the library', () => {
    expect(toSearchResult({ url: '/wordtracks/#td-open-1', excerpt, meta: {} }).kind).toBe('wordtrack');
    expect(toSearchResult({ url: '/tracks/showroom/', excerpt, meta: {} }).kind).toBe('page');
  });

  it('a result whose filters carry no type is known by its address', () => {
    expect(toSearchResult({ url: '/wordtracks/#td-open-1', excerpt, meta: {}, filters: { phase: ['2'] } }).kind).toBe('wordtrack');
  });

  it('the type filter wins over the address', () => {
    expect(toSearchResult({ url: '/wordtracks/#x', excerpt, meta: {}, filters: { type: ['page'] } }).kind).toBe('page');
  });

  it('a page without a title is named by its address', () => {
    expect(toSearchResult({ url: '/never-say/', excerpt, meta: {} }).title).toBe('/never-say/');
  });
});

describe('the count screen readers hear', () => {
  it.each([
    [0, 'ghosted', 'No results for “ghosted”'],
    [0, '', 'No results'],
    [1, 'ghosted', '1 result'],
    [12, 'ghosted', '12 results'],
  ])('%i for "%s": %s', (count, query, text) => {
    expect(resultCountText(count, query)).toBe(text);
  });
});
