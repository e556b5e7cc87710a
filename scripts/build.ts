/**
 * `npm run build`: Astro builds the pages while, on the other core, a second process reads the playbook once, checks
 * it for Astro's content check (which only waits for the verdict), hands its YAML entries to Astro's loaders (which
 * then parse no YAML), makes the search index's records and bundles the service worker. Once Astro has exited and
 * given its memory back, the steps that work on the built site run here, in the order astro.config.mjs gives them:
 * the search index (the pages, the records and the vocabulary), then the service worker that precaches it. Run in
 * Astro's build hooks, Astro's memory and Pagefind's indexer add up: 2.9 GB for the whole build at 1,000 stages. A
 * plain `astro build` still makes a complete site, with the same steps in its hooks (integrations/after-astro.ts).
 *
 *   node scripts/build.ts [astro build options, such as --root <dir> --outDir <dir>]
 */
import { fork, spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_VERDICT, STEPS_AFTER_ASTRO } from '../integrations/after-astro.ts';
import type { ContentVerdict } from '../integrations/content-verdict.ts';
import type { SearchInput } from '../integrations/pagefind-index.ts';
import { CONTENT_READ } from '../src/lib/content/content-dir.ts';
import type { PrepareMessage } from './build-prepare.ts';

const astro = resolve(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const args = process.argv.slice(2);
const root = resolve(String(parseArgs({ args, options: { root: { type: 'string' } }, strict: false }).values.root ?? '.'));
const handOver = join(tmpdir(), `attune-build-${process.pid}-site`);
const verdictFile = join(tmpdir(), `attune-build-${process.pid}-verdict.json`);
const handedRead = join(tmpdir(), `attune-build-${process.pid}-read`);

/**
 * Vite's bundler, Rolldown, allocates with mimalloc, which keeps the memory it frees for reuse. Rolldown frees most of
 * it once Vite's build is done, but Astro's process still held it while it rendered: 1.8 GB at 1,000 stages, of a
 * JavaScript heap of 0.6 GB. Returned at once, Astro peaks at 1.3 GB, and the build takes no longer.
 */
const allocator = { MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0' };

/** Astro's build, to its exit code; it prints its own output, its content check's and link check's included. */
function buildPages(): Promise<number> {
  return new Promise((done, failed) => {
    const env = { ...process.env, ...allocator, ASTRO_TELEMETRY_DISABLED: '1', [STEPS_AFTER_ASTRO]: handOver, [CONTENT_VERDICT]: verdictFile, [CONTENT_READ]: handedRead };
    const child = spawn(process.execPath, [astro, 'build', ...args], { stdio: 'inherit', env });
    child.on('error', failed);
    child.on('close', (code) => done(code ?? 1));
  });
}

/** Hands the verdict to Astro's content check whole or not at all: it waits for the file to exist. */
function handVerdict(verdict: ContentVerdict): void {
  writeFileSync(`${verdictFile}.part`, JSON.stringify(verdict));
  renameSync(`${verdictFile}.part`, verdictFile);
}

/** What the reading process made: the search input (none when the playbook has problems) and the service worker's bundle. */
interface Prepared {
  search?: SearchInput;
  serviceWorker?: string;
}

/** Reads and checks the playbook, and bundles the service worker, in a process of its own (scripts/build-prepare.ts). */
function preparePlaybook(): Promise<Prepared> {
  return new Promise((done, failed) => {
    const prepared: Prepared = {};
    const reading = fork(resolve(import.meta.dirname, 'build-prepare.ts'), [root, handedRead], { serialization: 'advanced', stdio: 'inherit' });
    reading.on('message', (message: PrepareMessage) => {
      if ('verdict' in message) handVerdict(message.verdict);
      if ('search' in message) prepared.search = message.search;
      if ('serviceWorker' in message) prepared.serviceWorker = message.serviceWorker;
    });
    const fail = (error: Error) => {
      // Astro must not wait for a verdict that will not come; its message says what went wrong.
      if (!existsSync(verdictFile)) handVerdict({ errors: [`the playbook could not be read: ${error.message}`], warnings: [], stale: { count: 0, shown: [] } });
      failed(error);
    };
    reading.on('error', fail);
    reading.on('exit', (code) => (code === 0 ? done(prepared) : fail(new Error(`reading it stopped with exit code ${code}; its message is above`))));
  });
}

const building = buildPages();
// The steps after Astro load once the reading is done, on the core it leaves while Astro builds: Pagefind's client and
// Workbox's listing take a good part of a second to load, which would hold up Astro's start if loaded at once. The
// records go into the index then too (integrations/pagefind-index.ts): they do not depend on the built site, and
// adding them took a good part of the time after Astro. Nothing keeps the search input once they are in.
const preparing = preparePlaybook().then(({ search, serviceWorker }) => {
  const recording = search ? import('../integrations/pagefind-index.ts').then(({ recordIndex }) => recordIndex(search)) : undefined;
  // Handled here as well as where it is awaited, so that a failure while Astro builds does not end the process unheard.
  recording?.catch(() => undefined);
  return { recording, serviceWorker, offline: import('../integrations/service-worker-build.ts') };
});
// Settled at once, so that a failure waits for Astro's verdict rather than ending the process unheard.
preparing.catch(() => undefined);
try {
  const code = await building;
  if (code !== 0) {
    process.exitCode = code;
    // Pagefind may be holding the records; nothing is written.
    const prepared = await preparing.catch(() => undefined);
    await (await prepared?.recording?.catch(() => undefined))?.abandon();
  } else {
    const { recording, serviceWorker, offline } = await preparing;
    if (!recording) throw new Error('Astro built a playbook that the content check refused: the search index was not made.');
    const index = await recording;
    if (!existsSync(handOver)) {
      await index.abandon();
      throw new Error('Astro built the site but did not say where: are the search index and offline integrations still in astro.config.mjs?');
    }
    const site = readFileSync(handOver, 'utf8');
    // The pages go in only now, once Astro has given its memory back: Astro and the whole indexing together passed 2 GB.
    console.log(await index.finish(site));
    const { precacheReport, writeServiceWorker } = await offline;
    console.log(precacheReport(await writeServiceWorker(site, { projectRoot: root, bundled: serviceWorker })));
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  for (const file of [handOver, verdictFile, handedRead]) rmSync(file, { force: true, recursive: true });
}
