/** The filters of the search page, in the order of its controls; each is also a URL parameter. */
export const searchFilterFields = ['type', 'phase', 'track', 'stage', 'intent'] as const;
export type SearchFilterField = (typeof searchFilterFields)[number];

/** Record types as the filter offers them. */
export const recordTypes = [
  ['wordtrack', 'Wordtracks'],
  ['objection', 'Objections'],
  ['stage', 'Stages'],
  ['phase', 'Phases'],
  ['play', 'Plays'],
  ['foundation', 'Foundations'],
  ['term', 'Glossary terms'],
  ['page', 'Other pages'],
] as const;

export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterField, string>>;
}

/** Reads `?q=` and the filter parameters; unknown parameters are ignored. */
export function searchStateFromQuery(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const field of searchFilterFields) {
    const value = params.get(field)?.trim();
    if (value) filters[field] = value;
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

/** The query string that bookmarks a search ("" for an empty one). */
export function queryFromSearchState({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const field of searchFilterFields) if (filters[field]) params.set(field, filters[field]!);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** An option's label with how many results it would keep: "Phase II (12)". */
export function optionLabel(label: string, count: number | undefined): string {
  return count === undefined ? label : `${label} (${count})`;
}

/**
 * What the search page says when the filters hide every result: "None of the 12 results for “budget” is in Phase:
 * Phase III and Type: Plays." `matched` is how many results the words found without the filters.
 */
export function hiddenResultsText(matched: number, query: string, filters: { name: string; value: string }[]): string {
  const chosen = filters.map((filter) => `${filter.name}: ${filter.value}`).join(' and ');
  if (!query) return `Nothing in the playbook is in ${chosen}.`;
  return `${matched === 1 ? 'The one result' : `None of the ${matched} results`} for “${query}” ${matched === 1 ? 'is not' : 'is'} in ${chosen}.`;
}
