import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GetManifestOptions } from 'workbox-build';
// Workbox's generateSW bundles its worker with Rollup, Babel and Terser: 3 to 13 s a build on this machine, and 1.7 s
// only to load workbox-build's index. The worker is bundled with Rolldown instead (bundleServiceWorker); only Workbox's listing loads.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { manifestScripts } from '../src/lib/offline/manifest-scripts.ts';
import { planPrecache, PRECACHE_LIMIT_BYTES, type PrecacheEntry } from '../src/lib/offline/precache.ts';
import { SERVICE_WORKER_FILE } from './offline.ts';
import { bundleServiceWorker, serviceWorkerSource } from './service-worker-bundle.ts';

/** The scripts that carry the precache list, each named by its content. */
const manifestScript = /^sw-manifest-[0-9a-f]+\.js$/;
/** Where the bundled worker takes the addresses of those scripts. */
const scriptsPlaceholder = 'self.__PRECACHE_SCRIPTS';

/** The file Pagefind writes last: without it, the precache would hold no search. */
const pagefindEntry = join('pagefind', 'pagefind-entry.json');

/** Thrown when the worker would be generated before the search index exists. */
export class IndexNotWrittenError extends Error {
  constructor(site: string) {
    super(
      `The service worker must be generated after Pagefind has written its files, and ${join(site, pagefindEntry)} does not exist. ` +
        'In astro.config.mjs, list offline() after searchIndex(); a separate indexing step must run before writeServiceWorker().',
    );
    this.name = 'IndexNotWrittenError';
  }
}

/** What the precache holds and what it left to be cached as read; the same figures for the build log and the bench. */
export interface PrecacheFigures {
  files: number;
  bytes: number;
  deferredFiles: number;
  deferredBytes: number;
}

/**
 * Workbox's view of the built site: every file with its size and revision, trimmed by planPrecache. Files whose
 * names carry their content's hash need no revision.
 */
function manifestOptions(site: string, limit: number, figures: PrecacheFigures): GetManifestOptions {
  return {
    globDirectory: site,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER_FILE, 'sw-manifest-*.js'],
    maximumFileSizeToCacheInBytes: limit,
    dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(fragment|index|filter)\/|pagefind\/pagefind\.[\w-]+\.pf_meta$)/,
    manifestTransforms: [
      (entries: PrecacheEntry[]) => {
        const { precached, deferred, bytes } = planPrecache(entries, limit);
        Object.assign(figures, {
          files: precached.length,
          bytes,
          deferredFiles: deferred.length,
          deferredBytes: deferred.reduce((sum, entry) => sum + entry.size, 0),
        });
        return { manifest: precached };
      },
    ],
  };
}

const emptyFigures = (): PrecacheFigures => ({ files: 0, bytes: 0, deferredFiles: 0, deferredBytes: 0 });

function requireIndex(site: string): void {
  if (!existsSync(join(site, pagefindEntry))) throw new IndexNotWrittenError(site);
}

/** The precache of the built site in `site`, without writing anything: for `npm run bench`. */
export async function precacheFigures(site: string, limit = PRECACHE_LIMIT_BYTES): Promise<PrecacheFigures> {
  requireIndex(site);
  const figures = emptyFigures();
  await getManifest(manifestOptions(site, limit, figures));
  return figures;
}

/**
 * Writes `sw.js` and the scripts of its precache list into the built site in `site`, from the worker's source in
 * `projectRoot`. Run it after Pagefind has written its index, so the precache lists Pagefind's files as they are;
 * running it again on the same site replaces what it wrote. `bundled` is the worker's bundle when it was made ahead
 * (`bundleServiceWorker`). Updates wait for the reader: a new worker installs beside
 * the old one and takes over only when a page asks it to (the update notice's Reload), so an open page never mixes
 * two deploys.
 */
export async function writeServiceWorker(
  site: string,
  { projectRoot = process.cwd(), limit = PRECACHE_LIMIT_BYTES, bundled }: { projectRoot?: string; limit?: number; bundled?: string } = {},
): Promise<PrecacheFigures> {
  requireIndex(site);
  for (const name of readdirSync(site)) if (manifestScript.test(name)) rmSync(join(site, name));
  const figures = emptyFigures();
  const { manifestEntries, warnings } = await getManifest(manifestOptions(site, limit, figures));
  if (warnings.length > 0) throw new Error(`Workbox could not list the precache:\n${warnings.map((warning) => `  ${warning}`).join('\n')}`);
  const scripts = manifestScripts(manifestEntries).map((text) => {
    const name = `sw-manifest-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.js`;
    writeFileSync(join(site, name), text);
    return `/${name}`;
  });
  const code = bundled ?? (await bundleServiceWorker(projectRoot));
  if (code.split(scriptsPlaceholder).length !== 2) throw new Error(`The bundled service worker must name ${scriptsPlaceholder} exactly once (${serviceWorkerSource})`);
  writeFileSync(join(site, SERVICE_WORKER_FILE), code.replace(scriptsPlaceholder, JSON.stringify(scripts)));
  return figures;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** What the build says about the service worker it wrote. */
export function precacheReport(figures: PrecacheFigures): string {
  const deferred = figures.deferredFiles > 0 ? `; ${figures.deferredFiles} files (${mb(figures.deferredBytes)}) are cached as they are read` : '';
  return `Service worker precaches ${figures.files} files, ${mb(figures.bytes)} of at most ${mb(PRECACHE_LIMIT_BYTES)}${deferred}.`;
}
