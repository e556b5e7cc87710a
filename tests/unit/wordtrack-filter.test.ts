import { describe, expect, it } from 'vitest';
import { filtersFromQuery, matchesFilters, queryFromFilters, type FilterableWordtrack } from '../../src/lib/wordtrack-filter';

describe('the library’s filters in the address', () => {
  it('are read from the query string, unknown and empty parameters ignored', () => {
    expect(filtersFromQuery('?phase=2&stage=test-drive&intent=&colour=red')).toEqual({ phase: '2', stage: 'test-drive' });
    expect(filtersFromQuery('')).toEqual({});
  });

  it('are written in the order of the controls, so one set of filters has one address', () => {
    expect(queryFromFilters({ intent: 'open', phase: '1', track: 'showroom', stage: 'greeting' })).toBe('?phase=1&track=showroom&stage=greeting&intent=open');
  });

  it('leave no query string when none is set', () => {
    expect(queryFromFilters({})).toBe('');
    expect(queryFromFilters({ phase: '' })).toBe('');
  });

  it('survive a round trip, with text that needs escaping', () => {
    const filters = { track: 'fleet & lease', stage: 'a/b' };
    expect(filtersFromQuery(queryFromFilters(filters))).toEqual(filters);
  });
});

describe('a wordtrack passes the filters', () => {
  const wordtrack: FilterableWordtrack = { phase: '2', track: 'showroom', stages: ['test-drive', 'trade-in'], intent: 'discover' };

  it('when none is set', () => {
    expect(matchesFilters(wordtrack, {})).toBe(true);
  });

  it('when every filter that is set agrees, whichever of its stages is chosen', () => {
    expect(matchesFilters(wordtrack, { phase: '2', track: 'showroom', stage: 'trade-in', intent: 'discover' })).toBe(true);
    expect(matchesFilters(wordtrack, { stage: 'test-drive' })).toBe(true);
  });

  it.each([
    ['phase', { phase: '1' }],
    ['track', { track: 'consultative' }],
    ['stage', { stage: 'delivery' }],
    ['intent', { intent: 'open' }],
  ] as const)('not when the %s differs', (_field, filters) => {
    expect(matchesFilters(wordtrack, filters)).toBe(false);
    expect(matchesFilters(wordtrack, { phase: '2', ...filters })).toBe(false);
  });
});
