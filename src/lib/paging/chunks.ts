/**
 * Lists that grow with the playbook (the glossary, the plays, the foundations) are cut into pages, so a page a rep
 * opens on a phone stays small however many entries the team writes. The real playbook's lists fit on one page.
 */

/** `items` in as few pages of at most `size` as possible, the pages as even as can be. */
export function evenChunks<T>(items: readonly T[], size: number): T[][] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, page) => items.slice(Math.round((page * items.length) / pages), Math.round(((page + 1) * items.length) / pages)));
}

/** The address of page `page` (1-based) of a list at `base` ("/plays/"): the first page is the list's own address. */
export function listPageHref(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}

/** Entries per page of a list of links (plays, foundations): an entry is about 60 bytes gzipped. */
export const LIST_PAGE_SIZE = 100;

/** The routes of a list's pages after the first, which lives at the list's own address. */
export function laterPages(pages: readonly unknown[]): { params: { page: string }; props: { page: number } }[] {
  return pages.slice(1).map((_, index) => ({ params: { page: String(index + 2) }, props: { page: index + 2 } }));
}
