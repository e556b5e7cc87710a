/**
 * The part of `npm run build` that runs beside Astro, in a worker thread of scripts/build.ts: it reads the playbook
 * once, checks it for Astro's content check (integrations/content-check.ts), and makes what the search index needs
 * of it. A worker, so that the memory of the reading is given back when it ends, before Astro's build is at its
 * largest.
 */
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { contentVerdict } from '../integrations/content-check.ts';
import { searchInput } from '../integrations/search-index.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { readPlaybook } from '../src/lib/content/source.ts';

const { root } = workerData as { root: string };
const source = readPlaybook(resolve(root, contentDir), root);
const verdict = contentVerdict(source, new Date(), true);
parentPort!.postMessage({ verdict });
// A playbook with problems stops the build; an index of it would only be thrown away.
if (verdict.errors.length === 0) parentPort!.postMessage({ search: searchInput(source) });
