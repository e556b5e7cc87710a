/**
 * How the service worker (src/lib/offline/service-worker.ts) treats what the precache left out
 * (src/lib/offline/precache.ts): on a large playbook, the reading pages past the precache limit and some search
 * fragments. Each is cached as it is read.
 */

/** Pages opened at least once, past the precache. */
export const PAGES_CACHE = 'attune-pages';
/** Files named by their content (Vite's bundles, Pagefind's chunks and fragments): a saved copy never goes stale. */
export const HASHED_FILES_CACHE = 'attune-hashed-files';
/** Shown for a page that is neither precached nor saved from an earlier read, while there is no connection. */
export const OFFLINE_PAGE = '/offline/index.html';
/** On a weak connection, how long a page waits for the network before the saved copy is shown. */
export const NETWORK_TIMEOUT_SECONDS = 4;
/** Enough for a rep's reading over weeks, few enough that a phone's storage is never the playbook's. */
export const MAX_SAVED_PAGES = 1000;
export const MAX_HASHED_FILES = 5000;

/** What Workbox hands a route's matcher. */
export interface RouteRequest {
  request: { mode: string };
  url: URL;
  sameOrigin: boolean;
}

/** A page to save as it is read. A query string is never part of a saved address: it could carry what a rep typed. */
export const isSavablePage = ({ request, url }: RouteRequest): boolean => request.mode === 'navigate' && url.search === '';

/** Any other page opened: the network, or the offline page. */
export const isNavigation = ({ request }: RouteRequest): boolean => request.mode === 'navigate';

/** A file of this site whose name carries its content's hash; other hosts are never cached. */
export const isHashedFile = ({ url, sameOrigin }: RouteRequest): boolean => sameOrigin && /^\/(_astro\/|pagefind\/(fragment|index|filter)\/)/.test(url.pathname);
