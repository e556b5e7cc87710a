/**
 * `npm run build`: Astro builds the pages while, on the other core, this process reads the playbook and puts its
 * search records into Pagefind's indexer. Once Astro has exited and given its memory back, the steps that work on
 * the built site run here, in the order astro.config.mjs gives them: the rest of the search index (the pages and
 * the vocabulary), then the service worker that precaches it. Run in Astro's build hooks, Astro's memory and
 * Pagefind's indexer add up: 2.9 GB for the whole build at 1,000 stages. A plain `astro build` still makes a
 * complete site, with the same steps in its hooks (integrations/after-astro.ts).
 *
 *   node scripts/build.ts [astro build options, such as --root <dir> --outDir <dir>]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { STEPS_AFTER_ASTRO } from '../integrations/after-astro.ts';
import { precacheReport, writeServiceWorker } from '../integrations/offline.ts';
import { startSearchIndex, type SearchIndexing } from '../integrations/search-index.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { readPlaybook } from '../src/lib/content-source.ts';

const astro = resolve(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const args = process.argv.slice(2);
const root = resolve(String(parseArgs({ args, options: { root: { type: 'string' } }, strict: false }).values.root ?? '.'));
const handOver = join(tmpdir(), `attune-build-${process.pid}-site`);

/** Astro's build, to its exit code; it prints its own output, its content check's and link check's included. */
function buildPages(): Promise<number> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [astro, 'build', ...args], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [STEPS_AFTER_ASTRO]: handOver } });
    child.on('error', failed);
    child.on('close', (code) => done(code ?? 1));
  });
}

const building = buildPages();
// A playbook that does not read stops Astro's content check with the reasons; this side then only waits for it.
const indexing: Promise<SearchIndexing> = Promise.resolve().then(() => startSearchIndex(readPlaybook(resolve(root, contentDir), root)));
indexing.catch(() => undefined);
try {
  const code = await building;
  if (code !== 0) {
    await indexing.then((searchIndex) => searchIndex.cancel(), () => undefined);
    process.exitCode = code;
  } else {
    if (!existsSync(handOver)) throw new Error('Astro built the site but did not say where: are the search index and offline integrations still in astro.config.mjs?');
    const site = readFileSync(handOver, 'utf8');
    console.log(await (await indexing).finish(site));
    console.log(precacheReport(await writeServiceWorker(site, { projectRoot: root })));
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  rmSync(handOver, { force: true });
}
