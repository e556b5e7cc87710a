import { evenChunks, listPageHref } from '../paging/chunks.ts';

/** Terms per glossary page: a term is about 65 bytes gzipped, so a page stays near 10 kB of its 25 kB. */
export const GLOSSARY_PAGE_SIZE = 150;

export const GLOSSARY_BASE = '/glossary/';

/** The glossary's order, alphabetical by term: Astro's pages and the search index's records page it alike. */
export const byTerm = (a: { data: { term: string } }, b: { data: { term: string } }) => a.data.term.localeCompare(b.data.term);

export interface GlossaryPage<T> {
  href: string;
  /** "Account plan to Discovery": the first and last terms, so a reader knows which page holds a word. */
  label: string;
  entries: T[];
}

/** The glossary's pages, in the order of `entries` (alphabetical), and where each term's anchor is. */
export function glossaryPages<T extends { id: string; data: { term: string } }>(entries: readonly T[]): { pages: GlossaryPage<T>[]; hrefOf: (id: string) => string } {
  const pages = evenChunks(entries, GLOSSARY_PAGE_SIZE).map((chunk, index) => ({
    href: listPageHref(GLOSSARY_BASE, index + 1),
    label: chunk.length > 0 ? `${chunk[0]!.data.term} to ${chunk.at(-1)!.data.term}` : '',
    entries: chunk,
  }));
  const pageOf = new Map(pages.flatMap((page) => page.entries.map((entry) => [entry.id, page.href] as const)));
  return { pages, hrefOf: (id) => `${pageOf.get(id) ?? GLOSSARY_BASE}#${id}` };
}
