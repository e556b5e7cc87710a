import type { RuntimeCaching } from 'workbox-build';

/**
 * How the service worker treats what the precache left out (src/lib/offline/precache.ts): on a large playbook, the
 * reading pages past the precache limit and some of the search fragments. Each is cached as it is read. Workbox
 * copies the `urlPattern` functions into the service worker as source text, so each must stand on its own.
 */

/** Pages opened at least once, past the precache. */
export const PAGES_CACHE = 'attune-pages';
/** Files named by their content (Vite's bundles, Pagefind's chunks and fragments): a saved copy never goes stale. */
export const HASHED_FILES_CACHE = 'attune-hashed-files';
/** Shown for a page that is neither precached nor saved from an earlier read, while there is no connection. */
export const OFFLINE_PAGE = '/offline/index.html';

export const runtimeCaching: RuntimeCaching[] = [
  {
    // The network first, so a page is as fresh as the deploy; a weak connection gets 4 s before the saved copy.
    // A query string is never part of a saved address: it could carry what a rep typed.
    urlPattern: ({ request, url }) => request.mode === 'navigate' && url.search === '',
    handler: 'NetworkFirst',
    options: {
      cacheName: PAGES_CACHE,
      networkTimeoutSeconds: 4,
      expiration: { maxEntries: 1000 },
      precacheFallback: { fallbackURL: OFFLINE_PAGE },
    },
  },
  {
    urlPattern: ({ request }) => request.mode === 'navigate',
    handler: 'NetworkOnly',
    options: { precacheFallback: { fallbackURL: OFFLINE_PAGE } },
  },
  {
    urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/(_astro\/|pagefind\/(fragment|index|filter)\/)/.test(url.pathname),
    handler: 'CacheFirst',
    options: { cacheName: HASHED_FILES_CACHE, expiration: { maxEntries: 5000 } },
  },
];
