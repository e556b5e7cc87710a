import { vocabularyPath } from '../search/vocabulary.ts';

/**
 * What the service worker saves on a reader's device at its first visit (the precache), decided from the files of
 * the built site. Workbox lists the files with their sizes; these rules sort them and keep the precache within a
 * bound, so a playbook of thousands of pages does not fill a phone. Whatever is left out is cached as it is read
 * (src/lib/offline/runtime-caching.ts).
 */

/** One built file as Workbox lists it: its URL relative to the site root, its revision and its size in bytes. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
  size: number;
}

/** The most a first visit saves on a device, in bytes (decimal megabytes, as hosts and `npm run bench` report them). */
export const PRECACHE_LIMIT_BYTES = 25_000_000;

/**
 * Tiers, most needed first. The first three are what makes the playbook work at all without a connection: the
 * shell (scripts, styles, icons, the offline page), search (Pagefind's library, WebAssembly and index) and the rep's
 * tools. Search results' fragments come next, then other static files, then the reading pages.
 */
export const tiers = ['shell', 'search', 'tools', 'search-results', 'assets', 'pages'] as const;
export type Tier = (typeof tiers)[number];
const essential: readonly Tier[] = ['shell', 'search', 'tools'];

/** The pages a rep reaches for in a call: home, the library, the planner and its data, the self-check, the sheet. */
const toolPages = new Set(['index.html', 'wordtracks/index.html', 'plan/index.html', 'plan/coach.json', 'plan/sheet/index.html', 'check/index.html']);
/** The planner's picker fetches one of these per track (src/lib/planner/track-wordtracks.ts). */
const plannerTrackFiles = /^plan\/wordtracks\/[^/]+\.json$/;

/**
 * The tier of a built file, or undefined for a file never precached: the service worker and the scripts of its
 * precache list, dot files, the 404 page (offline, an unknown address gets the offline page) and Pagefind's
 * ready-made UI bundles, which the site does not use.
 */
export function tierOf(url: string): Tier | undefined {
  if (/(^|\/)\./.test(url) || /^sw(-manifest-\w+)?\.js$/.test(url) || url === '404.html') return undefined;
  if (url.startsWith('pagefind/')) {
    const file = url.slice('pagefind/'.length);
    // The typo suggestions' word list, which the search client loads with Pagefind.
    if (`/${url}` === vocabularyPath) return 'search';
    if (file.startsWith('fragment/')) return 'search-results';
    if (/^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|index\/|filter\/)/.test(file)) return 'search';
    return undefined;
  }
  if (url.startsWith('_astro/') || url === 'favicon.svg' || url === 'manifest.webmanifest' || url.startsWith('icons/') || url === 'offline/index.html') return 'shell';
  if (url === 'search/index.html') return 'search';
  if (toolPages.has(url) || plannerTrackFiles.test(url)) return 'tools';
  return url.endsWith('.html') ? 'pages' : 'assets';
}

/** Section pages before the pages inside them, then by address: a cut-off keeps whole sections' front doors. */
const pageOrder = (a: PrecacheEntry, b: PrecacheEntry) => a.url.split('/').length - b.url.split('/').length || a.url.localeCompare(b.url);

export interface PrecachePlan {
  precached: PrecacheEntry[];
  /** Files left to be cached as they are read, because the precache reached its limit. */
  deferred: PrecacheEntry[];
  bytes: number;
}

export class PrecacheLimitError extends Error {
  constructor(bytes: number, limit: number) {
    const mb = (value: number) => `${(value / 1e6).toFixed(1)} MB`;
    super(
      `The offline copy's shell, search index and tools alone take ${mb(bytes)}, over the precache limit of ${mb(limit)}. ` +
        'Look for a large file in public/ or a bloated index, or raise PRECACHE_LIMIT_BYTES in src/lib/offline/precache.ts.',
    );
    this.name = 'PrecacheLimitError';
  }
}

/**
 * Chooses the precache: every essential file, then the rest tier by tier while it fits in `limit` bytes. Within a
 * tier the first file that does not fit ends it, so the cut is predictable (the first pages in order, not a scatter).
 * Throws when the essential files alone are over the limit: the offline copy would not work, and the build says why.
 */
export function planPrecache(entries: readonly PrecacheEntry[], limit = PRECACHE_LIMIT_BYTES): PrecachePlan {
  const byTier = new Map<Tier, PrecacheEntry[]>(tiers.map((tier) => [tier, []]));
  for (const entry of entries) {
    const tier = tierOf(entry.url);
    if (tier) byTier.get(tier)!.push(entry);
  }
  byTier.get('pages')!.sort(pageOrder);

  const precached = essential.flatMap((tier) => byTier.get(tier)!);
  let bytes = precached.reduce((sum, entry) => sum + entry.size, 0);
  if (bytes > limit) throw new PrecacheLimitError(bytes, limit);

  const deferred: PrecacheEntry[] = [];
  for (const tier of tiers.filter((tier) => !essential.includes(tier))) {
    let full = false;
    for (const entry of byTier.get(tier)!) {
      full ||= bytes + entry.size > limit;
      if (full) deferred.push(entry);
      else {
        precached.push(entry);
        bytes += entry.size;
      }
    }
  }
  return { precached, deferred, bytes };
}
