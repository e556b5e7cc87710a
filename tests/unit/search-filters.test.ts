import { describe, expect, it } from 'vitest';
import { optionLabel, queryFromSearchState, recordTypes, searchFilterFields, searchStateFromQuery } from '../../src/lib/search/filter-fields';

describe('a search in the address', () => {
  it('reads the query and the filters, trimmed, ignoring unknown and blank parameters', () => {
    expect(searchStateFromQuery('?q=%20too+expensive%20&type=wordtrack&phase=%202%20&stage=%20&sort=new')).toEqual({
      query: 'too expensive',
      filters: { type: 'wordtrack', phase: '2' },
    });
  });

  it('is an empty search when the address has none', () => {
    expect(searchStateFromQuery('')).toEqual({ query: '', filters: {} });
  });

  it('is written with the query first and the filters in the order of the controls', () => {
    expect(queryFromSearchState({ query: 'ghosted', filters: { intent: 'open', track: 'showroom', type: 'wordtrack' } })).toBe('?q=ghosted&type=wordtrack&track=showroom&intent=open');
  });

  it('leaves no query string for an empty search', () => {
    expect(queryFromSearchState({ query: '', filters: {} })).toBe('');
    expect(queryFromSearchState({ query: '', filters: { stage: '' } })).toBe('');
    expect(queryFromSearchState({ query: '', filters: { stage: 'delivery' } })).toBe('?stage=delivery');
  });

  it('survives a round trip with every filter set', () => {
    const state = { query: 'finance & lease?', filters: Object.fromEntries(searchFilterFields.map((field) => [field, `${field} value`])) };
    expect(searchStateFromQuery(queryFromSearchState(state))).toEqual(state);
  });
});

describe('the type filter', () => {
  it('offers each record type once, each with a plural label', () => {
    expect(new Set(recordTypes.map(([type]) => type)).size).toBe(recordTypes.length);
    for (const [type, label] of recordTypes) {
      expect(type).toMatch(/^[a-z]+$/);
      expect(label).toMatch(/^[A-Z][a-z]+( [a-z]+)*s$/);
    }
  });
});

describe('an option’s label', () => {
  it('says how many results it would keep', () => {
    expect(optionLabel('Phase II', 12)).toBe('Phase II (12)');
    expect(optionLabel('Phase III', 0)).toBe('Phase III (0)');
  });

  it('is the bare label while the count is unknown', () => {
    expect(optionLabel('Phase II', undefined)).toBe('Phase II');
  });
});
