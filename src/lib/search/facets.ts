/** The records (by Pagefind id) that carry each value of each filter: field → value → ids. */
export type OptionSets = Map<string, Map<string, ReadonlySet<string>>>;
/** The chosen value of each filter that is set. */
export type Selection = Readonly<Record<string, string | undefined>>;
export type FilterCounts = Record<string, Record<string, number>>;

const chosen = (selection: Selection) => Object.entries(selection).filter((entry): entry is [string, string] => Boolean(entry[1]));

/** True when the record passes every set filter except those in `except`. */
function passes(id: string, sets: OptionSets, selection: Selection, except?: string): boolean {
  return chosen(selection).every(([field, value]) => field === except || (sets.get(field)?.get(value)?.has(id) ?? false));
}

/** The ids of `base` that pass every set filter, in their order. */
export function applyFilters(base: readonly string[], sets: OptionSets, selection: Selection): string[] {
  return base.filter((id) => passes(id, sets, selection));
}

/**
 * How many results each option would hold if chosen: the current results under every other filter, with this one
 * set to the option. So an option of a filter already set counts what switching to it would show, never a bare 0.
 * `base` undefined is browsing: every record.
 */
export function filterCounts(base: readonly string[] | undefined, sets: OptionSets, selection: Selection): FilterCounts {
  const counts: FilterCounts = {};
  for (const [field, values] of sets) {
    counts[field] = {};
    for (const [value, ids] of values) {
      const pool = base ?? [...ids];
      counts[field][value] = pool.filter((id) => ids.has(id) && passes(id, sets, selection, field)).length;
    }
  }
  return counts;
}

/**
 * When the filters leave none of `base`: the filters that, cleared alone, would bring results back; if no single one
 * would, every filter that is set.
 */
export function hidingFilters(base: readonly string[] | undefined, sets: OptionSets, selection: Selection): string[] {
  const set = chosen(selection).map(([field]) => field);
  const pool = base ?? [...new Set([...sets.values()].flatMap((values) => [...values.values()].flatMap((ids) => [...ids])))];
  const alone = set.filter((field) => pool.some((id) => passes(id, sets, selection, field)));
  return alone.length > 0 ? alone : set;
}
