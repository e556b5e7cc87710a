// Lighthouse budget: builds the site into reports/audit-site/, serves it on 127.0.0.1, audits five pages on mobile and
// desktop with Debian's Chromium (or CHROME_PATH; nothing is ever downloaded), each several times, prints one table of
// the four category scores of each page's median run, lists the audits that cost points, writes the JSON reports under
// reports/lighthouse/ and exits 1 below 100.
//
//   npm run audit                    3 runs of each page and form factor
//   npm run audit -- --runs 5        5 runs (Lighthouse's variability guide: the median of 5 is twice as stable as 1)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { chromePath, chromiumFlags, requireChromium } from '../harness/browser.ts';
import { serveStatic } from '../harness/server.ts';
import { categories, medianOf, meetsBudget, percent, pointsLost, printTable } from './audit-report.ts';

const root = resolve(import.meta.dirname, '..');
// Its own output folder, so the audit never overwrites the dist/ that `npm start` serves. (Builds share the project's
// .astro/ state, so run the audit while no other build of this checkout runs.)
const siteDir = join(root, 'reports', 'audit-site');
const reportDir = join(root, 'reports', 'lighthouse');
const chromeFlags = ['--headless=new', ...chromiumFlags];
// One run's performance score moves with whatever else the machine does (simulated throttling scales the main-thread
// work it observed), so each page is judged on its median run, as Lighthouse's own variability guide advises.
const runsOption = parseArgs({ options: { runs: { type: 'string', default: '3' } } }).values.runs;
const runsPerPage = Number(runsOption);

const pages = [
  { name: 'home', path: '/' },
  { name: 'stage', path: '/tracks/showroom/test-drive/' },
  { name: 'wordtracks', path: '/wordtracks/' },
  { name: 'planner', path: '/plan/' },
  { name: 'self-check', path: '/check/' },
] as const;
type FormFactor = 'mobile' | 'desktop';
const formFactors: FormFactor[] = ['mobile', 'desktop'];
// Mobile: Lighthouse's defaults (Moto G Power emulation, simulated slow 4G and 4x CPU). Desktop: its desktop config.
const configs: Record<FormFactor, Config | undefined> = { mobile: undefined, desktop: desktopConfig };

interface Run {
  page: (typeof pages)[number];
  formFactor: FormFactor;
  scores: Record<string, number | null>;
  /** The performance score of every run, the median's included. */
  perfScores: (number | null)[];
  benchmarks: number[];
  lhr?: Result;
  error?: string;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Builds the site with SITE set to the origin it is served from, so canonical URLs match the audited page. */
function build(origin: string): void {
  const started = performance.now();
  console.log(`Building the site into ${relative(root, siteDir)}/ …`);
  execFileSync(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', siteDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', SITE: origin },
  });
  const missing = pages.filter(({ path }) => !existsSync(join(siteDir, path, 'index.html')));
  if (missing.length) throw new Error(`The build has no page for ${missing.map(({ path }) => path).join(', ')}: update the page list in scripts/audit.ts.`);
  console.log(`Built in ${seconds(started)}.`);
}

async function audit(url: string, formFactor: FormFactor): Promise<Result> {
  // A fresh browser and profile for every run, so no run warms the cache or storage of the next.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
  try {
    const flags: Flags = {
      port: chrome.port,
      hostname: '127.0.0.1',
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories.map(({ id }) => id),
    };
    const result = await lighthouse(url, flags, configs[formFactor]);
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<number> {
  if (!Number.isInteger(runsPerPage) || runsPerPage < 1) throw new Error(`--runs takes a whole number of at least 1, not ${runsOption}`);
  const started = performance.now();
  requireChromium();
  mkdirSync(siteDir, { recursive: true });
  const server = await serveStatic(siteDir, { gzip: true });
  const runs: Run[] = [];
  try {
    build(server.origin);
    rmSync(reportDir, { recursive: true, force: true });
    mkdirSync(reportDir, { recursive: true });
    for (const page of pages) {
      for (const formFactor of formFactors) {
        const runStarted = performance.now();
        const run: Run = { page, formFactor, scores: {}, perfScores: [], benchmarks: [] };
        try {
          const lhrs: Result[] = [];
          for (let attempt = 0; attempt < runsPerPage; attempt++) lhrs.push(await audit(new URL(page.path, server.origin).href, formFactor));
          const { median, perfScores, benchmarks } = medianOf(lhrs);
          run.lhr = median;
          run.perfScores = perfScores;
          run.benchmarks = benchmarks;
          for (const { id } of categories) run.scores[id] = median.categories[id]?.score ?? null;
          const failed = lhrs.find((lhr) => lhr.runtimeError);
          if (failed?.runtimeError) run.error = `${failed.runtimeError.code}: ${failed.runtimeError.message}`;
          writeFileSync(join(reportDir, `${page.name}.${formFactor}.json`), JSON.stringify(median, null, 2));
        } catch (error) {
          run.error = error instanceof Error ? error.message : String(error);
        }
        runs.push(run);
        const summary = run.error
          ? `failed: ${run.error}`
          : `${categories.map(({ id, label }) => `${label} ${percent(run.scores[id])}`).join(', ')}; Perf of each run ${run.perfScores.map(percent).join(', ')}`;
        console.log(`  ${page.path.padEnd(30)} ${formFactor.padEnd(7)} ${summary} (${seconds(runStarted)})`);
      }
    }
  } finally {
    await server.close();
  }

  const failing = runs.filter((run) => run.error || categories.some(({ id }) => !meetsBudget(run.scores[id])));
  writeFileSync(
    join(reportDir, 'summary.json'),
    JSON.stringify(runs.map(({ page, formFactor, scores, perfScores, error }) => ({ page: page.path, formFactor, scores, perfScores, error })), null, 2),
  );

  printTable(runs.map((run) => ({ ...run, path: run.page.path })));
  console.log(
    failing.length
      ? `Budget: 100 in every category, on the median of ${runsPerPage} runs. ${failing.length} of ${runs.length} pages and form factors fall short: exit code 1.`
      : `Budget: 100 in every category, on the median of ${runsPerPage} runs. All ${runs.length} pages and form factors meet it.`,
  );
  const lhrs = runs.flatMap(({ lhr }) => (lhr ? [lhr] : []));
  if (lhrs[0]) {
    // Simulated throttling scales the main-thread work it observed, so a busy machine lowers TBT and the paint metrics.
    const benchmarks = runs.flatMap((run) => run.benchmarks);
    console.log(
      `Lighthouse ${lhrs[0].lighthouseVersion}, ${lhrs[0].environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}; ` +
        `CPU benchmark index ${Math.min(...benchmarks)}–${Math.max(...benchmarks)} (perf scores are noisier on a busy machine).`,
    );
  }
  console.log(`JSON reports: ${relative(root, reportDir)}/<page>.<form factor>.json. Took ${seconds(started)}.`);

  for (const run of failing) {
    console.log(`\n${run.page.path} (${run.formFactor}):`);
    if (run.error) console.log(`  [error] ${run.error}`);
    if (run.lhr) for (const line of pointsLost(run.lhr)) console.log(line);
  }
  return failing.length ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
