/**
 * The service worker, bundled into dist/sw.js at the end of the build (integrations/offline.ts), which writes the
 * addresses of the precache list's scripts in place of `self.__PRECACHE_SCRIPTS` (src/lib/offline/manifest-scripts.ts).
 * The workbox-* modules are the ones workbox-build depends on and uses itself, so they always match its version.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { PRECACHE_PARTS_GLOBAL, type CompactEntry } from './manifest-scripts.ts';
import {
  HASHED_FILES_CACHE,
  isHashedFile,
  isNavigation,
  isSavablePage,
  MAX_HASHED_FILES,
  MAX_SAVED_PAGES,
  NETWORK_TIMEOUT_SECONDS,
  OFFLINE_PAGE,
  PAGES_CACHE,
} from './runtime-caching.ts';

// The few members of the worker's global scope used here; the DOM types of the rest of the project have no worker scope.
declare const self: {
  __PRECACHE_SCRIPTS: string[];
  [PRECACHE_PARTS_GLOBAL]?: CompactEntry[][];
  importScripts(...urls: string[]): void;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: unknown } }) => void): void;
};

setCacheNameDetails({ prefix: 'attune' });
// Every file is static, so a query string never picks another file: `/search/?q=…`, `/plan/?phase=2` and Pagefind's
// `pagefind-entry.json?ts=…` are answered from the precache, always from this deploy's files together.
self.importScripts(...self.__PRECACHE_SCRIPTS);
precacheAndRoute((self[PRECACHE_PARTS_GLOBAL] ?? []).flat(), { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html', cleanURLs: false });
cleanupOutdatedCaches();
// The first visit's page is controlled at once; an update waits until the reader chooses Reload (OfflineUpdates.astro).
clientsClaim();
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

const offlinePage = new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_PAGE });
registerRoute(
  isSavablePage,
  new NetworkFirst({
    cacheName: PAGES_CACHE,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [new ExpirationPlugin({ maxEntries: MAX_SAVED_PAGES }), offlinePage],
  }),
);
registerRoute(isNavigation, new NetworkOnly({ plugins: [offlinePage] }));
registerRoute(isHashedFile, new CacheFirst({ cacheName: HASHED_FILES_CACHE, plugins: [new ExpirationPlugin({ maxEntries: MAX_HASHED_FILES })] }));
