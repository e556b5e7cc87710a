/**
 * `npm run build`: Astro builds the pages while, on the other core, this process reads the playbook once, checks it
 * for Astro's content check (which only waits for the verdict) and puts its search records into Pagefind's indexer. Once Astro has exited and given its memory back, the steps that work on
 * the built site run here, in the order astro.config.mjs gives them: the rest of the search index (the pages and
 * the vocabulary), then the service worker that precaches it. Run in Astro's build hooks, Astro's memory and
 * Pagefind's indexer add up: 2.9 GB for the whole build at 1,000 stages. A plain `astro build` still makes a
 * complete site, with the same steps in its hooks (integrations/after-astro.ts).
 *
 *   node scripts/build.ts [astro build options, such as --root <dir> --outDir <dir>]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { STEPS_AFTER_ASTRO } from '../integrations/after-astro.ts';
import { CONTENT_VERDICT, contentVerdict, type ContentVerdict } from '../integrations/content-check.ts';
import { precacheReport, writeServiceWorker } from '../integrations/offline.ts';
import { startSearchIndex, type SearchIndexing } from '../integrations/search-index.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { readPlaybook, type PlaybookSource } from '../src/lib/content-source.ts';

const astro = resolve(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const args = process.argv.slice(2);
const root = resolve(String(parseArgs({ args, options: { root: { type: 'string' } }, strict: false }).values.root ?? '.'));
const handOver = join(tmpdir(), `attune-build-${process.pid}-site`);
const verdictFile = join(tmpdir(), `attune-build-${process.pid}-verdict.json`);

/** Astro's build, to its exit code; it prints its own output, its content check's and link check's included. */
function buildPages(): Promise<number> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [astro, 'build', ...args], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [STEPS_AFTER_ASTRO]: handOver, [CONTENT_VERDICT]: verdictFile } });
    child.on('error', failed);
    child.on('close', (code) => done(code ?? 1));
  });
}

/** Hands the verdict to Astro's content check whole or not at all: it waits for the file to exist. */
function handVerdict(verdict: ContentVerdict): void {
  writeFileSync(`${verdictFile}.part`, JSON.stringify(verdict));
  renameSync(`${verdictFile}.part`, verdictFile);
}

/** Reads and checks the playbook for Astro's content check, then starts the search index on it. */
async function prepare(): Promise<SearchIndexing> {
  let source: PlaybookSource;
  try {
    source = readPlaybook(resolve(root, contentDir), root);
  } catch (error) {
    // Astro must not wait for a verdict that will not come; its message says what went wrong.
    handVerdict({ errors: [`the playbook could not be read: ${(error as Error).message}`], warnings: [], stale: { count: 0, shown: [] } });
    throw error;
  }
  const verdict = contentVerdict(source, new Date(), true);
  handVerdict(verdict);
  if (verdict.errors.length > 0) throw new Error('The content check refused the playbook; Astro lists why.');
  return startSearchIndex(source);
}

const building = buildPages();
const indexing = prepare();
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
  for (const file of [handOver, verdictFile]) rmSync(file, { force: true });
}
