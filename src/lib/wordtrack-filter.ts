/** The library's filter fields, in the order of the controls and of URL parameters. */
export const filterFields = ['phase', 'track', 'stage', 'intent'] as const;
export type FilterField = (typeof filterFields)[number];
export type Filters = Partial<Record<FilterField, string>>;

/** What a wordtrack card offers to the filters; `stages` holds every stage it serves. */
export interface FilterableWordtrack {
  phase: string;
  track: string;
  stages: string[];
  intent: string;
}

/** Reads filters from a query string, ignoring unknown parameters and empty values. */
export function filtersFromQuery(search: string): Filters {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const field of filterFields) {
    const value = params.get(field);
    if (value) filters[field] = value;
  }
  return filters;
}

/** The query string that bookmarks these filters ("" when none is set). */
export function queryFromFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const field of filterFields) if (filters[field]) params.set(field, filters[field]!);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when the wordtrack passes every filter that is set. */
export function matchesFilters(wordtrack: FilterableWordtrack, filters: Filters): boolean {
  return (
    (!filters.phase || wordtrack.phase === filters.phase) &&
    (!filters.track || wordtrack.track === filters.track) &&
    (!filters.stage || wordtrack.stages.includes(filters.stage)) &&
    (!filters.intent || wordtrack.intent === filters.intent)
  );
}
