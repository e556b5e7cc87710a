import { queryFromSearchState, searchStateFromQuery } from '../search/filter-fields.ts';
import { LIBRARY_BASE } from './routes.ts';

/**
 * The library once was one page, `/wordtracks/#<id>`, with filters in its address. Those links live on in notes,
 * CRMs and bookmarks, so `/wordtracks/` (and every library page, in case a track is cut into parts differently
 * later) looks an unknown anchor up and moves on to the card's page. The id-to-page table is cut into files of
 * about IDS_PER_FILE ids, found by a hash of the id, so one lookup fetches a few kB however large the library grows.
 */
export const IDS_PER_FILE = 500;

/** How many lookup files a library of `ids` wordtracks has. */
export const lookupFileCount = (ids: number) => Math.max(1, Math.ceil(ids / IDS_PER_FILE));

/** The lookup file that holds `id`: FNV-1a over its UTF-16 units, the same in the build and the browser. */
export function lookupFileOf(id: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % files;
}

/** The address of lookup file `file`: a JSON object from wordtrack id to the path of its library page. */
export const lookupFileHref = (file: number) => `${LIBRARY_BASE}ids-${file}.json`;

/**
 * Where an old filtered library address (`?phase=2&intent=discover`) goes: the search page's wordtrack list with the
 * same filters, which Pagefind answers at any size. Undefined when the address holds no filter.
 */
export function filteredLibraryTarget(search: string): string | undefined {
  const { filters } = searchStateFromQuery(search);
  delete filters.type;
  if (Object.keys(filters).length === 0) return undefined;
  return `/search/${queryFromSearchState({ query: '', filters: { type: 'wordtrack', ...filters } })}`;
}

/** The wordtrack id an address's fragment names, or "" for none. A malformed escape is taken as written. */
export function anchorOf(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
