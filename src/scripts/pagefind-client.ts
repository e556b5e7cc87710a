import type { PagefindResultData } from '../lib/search-results';

export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
  debouncedSearch(query: string | null, options?: { filters?: Record<string, string> }, ms?: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind's search library from the built site, once, on the first search. */
export function loadPagefind(): Promise<Pagefind> {
  // A runtime URL: the file is written by the indexing step after Vite has bundled the site.
  const url = '/pagefind/pagefind.js';
  return (loading ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 22 });
    await module.init();
    return module;
  }));
}
