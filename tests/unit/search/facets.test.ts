import { describe, expect, it } from 'vitest';
import { applyFilters, filterCounts, hidingFilters, type OptionSets } from '../../../src/lib/search/facets';
import { hiddenResultsText } from '../../../src/lib/search/filter-fields';

// Four records: two wordtracks (phase 2 and 3), a play in phase 2 and a glossary term with no phase.
const sets: OptionSets = new Map([
  ['type', new Map([['wordtrack', new Set(['w2', 'w3'])], ['play', new Set(['p2'])], ['term', new Set(['t'])]])],
  ['phase', new Map([['2', new Set(['w2', 'p2'])], ['3', new Set(['w3'])]])],
]);

describe('filters applied to ranked results', () => {
  it('keep the results that pass every filter, in their order', () => {
    expect(applyFilters(['w3', 'p2', 'w2', 't'], sets, { phase: '2' })).toEqual(['p2', 'w2']);
    expect(applyFilters(['w3', 'p2', 'w2'], sets, { phase: '2', type: 'wordtrack' })).toEqual(['w2']);
    expect(applyFilters(['w3', 't'], sets, {})).toEqual(['w3', 't']);
  });
});

describe('filter counts', () => {
  it('count how many of the current results each option holds', () => {
    expect(filterCounts(['w2', 'w3', 't'], sets, {})).toEqual({ type: { wordtrack: 2, play: 0, term: 1 }, phase: { '2': 1, '3': 1 } });
  });

  it('count, for an option of a filter that is set, what switching to it would show', () => {
    const counts = filterCounts(['w2', 'w3', 'p2'], sets, { phase: '2' });
    expect(counts.phase).toEqual({ '2': 2, '3': 1 });
    expect(counts.type).toEqual({ wordtrack: 1, play: 1, term: 0 });
  });

  it('count every record when browsing without words', () => {
    expect(filterCounts(undefined, sets, { type: 'wordtrack' }).phase).toEqual({ '2': 1, '3': 1 });
  });
});

describe('filters that hide every result', () => {
  it('are the ones that, cleared alone, bring results back', () => {
    expect(hidingFilters(['w3', 't'], sets, { type: 'play', phase: '3' })).toEqual(['type']);
  });

  it('are every filter set when no single one would', () => {
    expect(hidingFilters(['t'], sets, { type: 'play', phase: '3' })).toEqual(['type', 'phase']);
  });

  it('are said in a sentence that names the query and the filters', () => {
    expect(hiddenResultsText(12, 'budget', [{ name: 'Phase', value: 'Phase III' }, { name: 'Type', value: 'Plays' }])).toBe(
      'None of the 12 results for “budget” is in Phase: Phase III and Type: Plays.',
    );
    expect(hiddenResultsText(1, 'gap', [{ name: 'Type', value: 'Plays' }])).toBe('The one result for “gap” is not in Type: Plays.');
    expect(hiddenResultsText(0, '', [{ name: 'Type', value: 'Plays' }])).toBe('Nothing in the playbook is in Type: Plays.');
  });
});
