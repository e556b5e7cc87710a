/**
 * `npm run bench`: builds generated playbooks of 100 and 1,000 stages with the real site, with a bare
 * Astro + MDX + Pagefind baseline and with Astro Starlight (bench/starlight, installed here on first use), measures
 * time, memory, what a reader's phone fetches and the first search, prints the figures and their budgets, writes
 * reports/bench.json, and exits non-zero when a budget is over.
 *
 *   npm run bench                              100 and 1,000 stages, best of 3 runs (about 5 minutes on two idle cores)
 *   npm run bench -- --sizes 100 --runs 1      one quick look
 *   npm run bench -- --sizes 100,1000,3000     per-page time up to 3,000 stages
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { precacheFigures } from '../integrations/service-worker-build.ts';
import { measureFirstSearch } from './first-search.ts';
import { generatePlaybook } from './generate.ts';
import { countPages, folderBytes, runMeasured, type RunResult } from './measure.ts';
import { weighOutput } from './output-weights.ts';
import { commonWord } from './prose.ts';
import { formatMs } from './format.ts';
import { checkBudgets, type SiteFigures, type SizeResult } from './report.ts';
import { budgetTable, firstSearchTable, measurementTable, precacheTable, weightTable } from './tables.ts';
import { clearBuildState, prepareSites, type Site } from './sites.ts';

const SEED = 1;
/**
 * The start-up build: a playbook this small costs Astro's and Vite's fixed work and little else. Per-page time net of
 * it shows how the cost of a page grows; plain wall time ÷ pages would fall with size as the fixed cost spreads out,
 * and hide a page cost that grows.
 */
const STARTUP_STAGES = 10;

const project = resolve(import.meta.dirname, '..');
const work = join(project, 'bench', '.work');

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' }, runs: { type: 'string', default: '3' } } });
const sizes = values.sizes.split(',').map(Number).sort((a, b) => a - b);
const runs = Number(values.runs);
if (sizes.some((size) => !Number.isInteger(size) || size <= STARTUP_STAGES) || !Number.isInteger(runs) || runs < 1) {
  console.error(`Usage: npm run bench -- [--sizes 100,1000] [--runs 3]; sizes are numbers of stages above ${STARTUP_STAGES}`);
  process.exit(2);
}

const log = (message: string) => process.stderr.write(`${message}\n`);

async function build(site: Site, content: string, outDir: string): Promise<RunResult> {
  clearBuildState(site);
  rmSync(outDir, { recursive: true, force: true });
  return runMeasured(process.execPath, site.buildArgs(outDir), {
    cwd: site.root,
    env: { ...process.env, NODE_ENV: 'production', ATTUNE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
}

const outDirOf = (site: Site, stages: number) => join(work, 'out', `${site.name}-${stages}`);

/** The figures of `runs` builds of one site; the output is the same every run, so it is measured once. */
function figures(measured: RunResult[], outDir: string): SiteFigures {
  // The fastest run is the one least disturbed by other work on the machine; memory is judged on the worst run.
  const wallMs = Math.min(...measured.map((run) => run.wallMs));
  const pages = countPages(outDir);
  return {
    wallMs,
    runsMs: measured.map((run) => run.wallMs),
    cpuMs: Math.min(...measured.map((run) => run.cpuMs)),
    pages,
    msPerPage: wallMs / pages,
    peakTreeRss: Math.max(...measured.map((run) => run.peakTreeRss)),
    peakProcessRss: Math.max(...measured.map((run) => run.peakProcessRss)),
    distBytes: folderBytes(outDir),
    indexBytes: folderBytes(join(outDir, 'pagefind')),
  };
}

/** Builds each site `runs` times on one playbook, taking turns, so a burst of other work slows both alike. */
async function measureSites<T extends Site[]>(sites: [...T], content: string, stages: number): Promise<{ [K in keyof T]: SiteFigures }> {
  const measured = sites.map((): RunResult[] => []);
  for (let run = 1; run <= runs; run++) {
    for (const [index, site] of sites.entries()) {
      log(`  ${site.name}, ${stages} stages, run ${run} of ${runs}…`);
      const result = await build(site, content, outDirOf(site, stages));
      measured[index]!.push(result);
      log(`    ${formatMs(result.wallMs)}`);
    }
  }
  return sites.map((site, index) => figures(measured[index]!, outDirOf(site, stages))) as { [K in keyof T]: SiteFigures };
}

const started = performance.now();
const { real, baseline, starlight } = prepareSites(project, work, log);

log(`Start-up build: ${STARTUP_STAGES} stages`);
const startupPlaybook = generatePlaybook(join(work, `content-${STARTUP_STAGES}`), STARTUP_STAGES, SEED, join(project, 'content'));
const [startup] = await measureSites([real], startupPlaybook.dir, STARTUP_STAGES);

const results: SizeResult[] = [];
for (const stages of sizes) {
  log(`${stages} stages`);
  const { dir, ...playbook } = generatePlaybook(join(work, `content-${stages}`), stages, SEED, join(project, 'content'));
  const [realFigures, baselineFigures, starlightFigures] = await measureSites([real, baseline, starlight], dir, stages);
  log(`  first search for "${commonWord}"…`);
  const firstSearch = await measureFirstSearch(outDirOf(real, stages), commonWord);
  const precache = await precacheFigures(outDirOf(real, stages));
  const weights = weighOutput(outDirOf(real, stages));
  const netMsPerPage = (realFigures.wallMs - startup.wallMs) / (realFigures.pages - startup.pages);
  results.push({ stages, playbook, real: { ...realFigures, netMsPerPage }, baseline: baselineFigures, starlight: starlightFigures, firstSearch, precache, weights });
}

const checks = checkBudgets(results);
const pass = checks.every((check) => check.pass);
console.log(`\nBuilds (seed ${SEED}, best of ${runs}; start-up build of ${STARTUP_STAGES} stages: ${startup.pages} pages in ${formatMs(startup.wallMs)})\n`);
console.log(measurementTable(results));
console.log('\nWhat a reader fetches, gzipped (outside search)\n');
console.log(weightTable(results));
console.log('\nFirst search\n');
console.log(firstSearchTable(results));
console.log('\nOffline copy\n');
console.log(precacheTable(results));
console.log('\nBudgets\n');
console.log(budgetTable(checks));
console.log(`\n${pass ? 'All budgets met' : 'Over budget'}; ${formatMs(performance.now() - started)} in all.`);

mkdirSync(join(project, 'reports'), { recursive: true });
writeFileSync(
  join(project, 'reports', 'bench.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      seed: SEED,
      runs,
      machine: { cpus: availableParallelism(), memoryBytes: totalmem(), node: process.version },
      startup: { stages: STARTUP_STAGES, ...startup },
      sizes: results,
      checks,
      pass,
    },
    null,
    2,
  )}\n`,
);
process.exitCode = pass ? 0 : 1;
