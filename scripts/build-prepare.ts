/**
 * The part of `npm run build` that runs beside Astro, in a process of its own that scripts/build.ts starts: it reads
 * the playbook once, checks it for Astro's content check (integrations/content-check.ts), and makes what the search
 * index needs of it. A process rather than a worker thread, so that all the memory of the reading goes back to the
 * system when it ends, before Astro's build is at its largest: a worker's stays with the build's process (330 MB at
 * 1,000 stages).
 *
 *   node scripts/build-prepare.ts <project root> [<folder for Astro's loaders>]
 *
 * It answers over the IPC channel (`PrepareMessage`): the verdict, then the search input and the service worker's bundle.
 * Given a folder, it writes there what Astro's loaders take of the playbook instead of reading its YAML again
 * (src/lib/content/handed-read.ts).
 */
import { resolve } from 'node:path';
import { contentVerdict, type ContentVerdict } from '../integrations/content-verdict.ts';
import { searchInput, type SearchInput } from '../integrations/pagefind-index.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { writeHandedRead } from '../src/lib/content/handed-read.ts';
import { readPlaybook } from '../src/lib/content/source.ts';

const [root = '.', handedRead] = process.argv.slice(2);
/** One message of this process to scripts/build.ts. */
export type PrepareMessage = { verdict: ContentVerdict } | { search: SearchInput } | { serviceWorker: string };

const send = (message: PrepareMessage) => new Promise<void>((sent, failed) => process.send!(message, undefined, undefined, (error) => (error ? failed(error) : sent())));
const source = readPlaybook(resolve(root, contentDir), root);
const verdict = contentVerdict(source, new Date(), true);
// Written before the verdict is: Astro's loaders run once the verdict has let the build go on, and take it from there.
if (verdict.errors.length === 0 && handedRead) writeHandedRead(handedRead, source);
await send({ verdict });
// A playbook with problems stops the build; an index of it would only be thrown away.
if (verdict.errors.length === 0) {
  await send({ search: searchInput(source) });
  // The service worker's bundle does not depend on the built site; made here, the bundler's memory goes with this process.
  // Loaded only now: Workbox and the bundler would hold up the verdict Astro waits for.
  const { bundleServiceWorker } = await import('../integrations/service-worker-bundle.ts');
  await send({ serviceWorker: await bundleServiceWorker(root) });
}
process.disconnect();
