import type { PrecacheFigures } from '../integrations/offline.ts';
import { PRECACHE_LIMIT_BYTES } from '../src/lib/offline/precache.ts';
import type { FirstSearch } from './first-search.ts';
import type { GeneratedPlaybook } from './generate.ts';

export interface SiteFigures {
  /** The fastest of the runs. */
  wallMs: number;
  /** Every run's wall time, to show the noise. */
  runsMs: number[];
  pages: number;
  msPerPage: number;
  /** The largest of the runs: a ceiling is judged on the worst case. */
  peakTreeRss: number;
  peakProcessRss: number;
  distBytes: number;
  indexBytes: number;
}

export interface SizeResult {
  stages: number;
  playbook: Omit<GeneratedPlaybook, 'dir'>;
  real: SiteFigures & { netMsPerPage: number };
  baseline: SiteFigures;
  firstSearch: FirstSearch;
  /** What the real site's service worker saves at a first visit, and what it leaves to be cached as read. */
  precache: PrecacheFigures;
}

export interface Check {
  figure: string;
  stages: string;
  measured: string;
  budget: string;
  pass: boolean;
}

/** Decimal units throughout, as hosts and browsers report transfer sizes. */
const GB = 1e9;
const MB = 1e6;
const kB = 1e3;

/** The most memory the build's process tree may hold at once, at any size. */
const PEAK_RSS_LIMIT = 2 * GB;
/** Per-page time at the largest size may be at most this multiple of that at the smallest: growth stays linear. */
const GROWTH_LIMIT = 1.1;
/** Building a playbook may take at most this multiple of the bare Astro + MDX + Pagefind build of the same playbook. */
const BASELINE_LIMIT = 1.5;

/**
 * Budgets for what grows with the playbook, as a fixed part plus a part per stage, fitted to the first measurements
 * (seed 1; 10, 100 and 1,000 stages lie on one line) with 25% headroom. Both figures are exact for a given seed and
 * code, so the headroom is not for noise: it lets content grow a little richer, and fails a change that bloats the
 * index or the first search by a quarter.
 * - The index was 0.78 MB at 10 stages, 1.83 MB at 100 and 12.2 MB at 1,000: 0.68 MB that every site has (Pagefind's
 *   scripts, its UI bundles, two WebAssembly files) plus 11.5 kB per stage (the fragments of a stage page and its
 *   7.6 wordtrack records, and their words in the index chunks).
 * - A first search for the commonest word moved 127 kB gzipped at 100 stages and 270 kB at 1,000: 111 kB of fixed
 *   runtime (pagefind.js, its worker, the WebAssembly, 20 result fragments) plus 0.16 kB per stage, from the metadata
 *   file that lists every page and record and the index chunk that lists every hit.
 */
const INDEX_BUDGET = { fixed: 0.68 * MB, perStage: 11.5 * kB, headroom: 1.25 };
const FIRST_SEARCH_BUDGET = { fixed: 111 * kB, perStage: 0.16 * kB, headroom: 1.25 };
const budgetFor = (rule: { fixed: number; perStage: number; headroom: number }, stages: number) => rule.headroom * (rule.fixed + rule.perStage * stages);

export const formatBytes = (bytes: number) =>
  bytes >= GB ? `${(bytes / GB).toFixed(2)} GB` : bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.round(bytes / kB)} kB`;
export const formatMs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const formatRatio = (ratio: number) => `${ratio.toFixed(2)}×`;
const count = (value: number) => value.toLocaleString('en');

/** Every budget that the measured sizes allow judging. */
export function checkBudgets(results: SizeResult[]): Check[] {
  const checks: Check[] = [];
  const smallest = results[0];
  const largest = results.at(-1);
  if (smallest && largest && largest !== smallest) {
    const growth = largest.real.netMsPerPage / smallest.real.netMsPerPage;
    checks.push({
      figure: 'per-page build time growth (net of start-up)',
      stages: `${count(largest.stages)} vs ${count(smallest.stages)}`,
      measured: `${formatRatio(growth)} (${largest.real.netMsPerPage.toFixed(1)} vs ${smallest.real.netMsPerPage.toFixed(1)} ms)`,
      budget: `≤ ${formatRatio(GROWTH_LIMIT)}`,
      pass: growth <= GROWTH_LIMIT,
    });
  }
  for (const result of results) {
    const stages = count(result.stages);
    checks.push({
      figure: 'peak RSS of the build process tree',
      stages,
      measured: formatBytes(result.real.peakTreeRss),
      budget: `< ${formatBytes(PEAK_RSS_LIMIT)}`,
      pass: result.real.peakTreeRss < PEAK_RSS_LIMIT,
    });
    // Both build the same playbook; the whole build is compared, because the sites cut it into different pages (the
    // baseline gives each stage's wordtracks a page of their own, the real site shows them on the stage's page).
    const ratio = result.real.wallMs / result.baseline.wallMs;
    checks.push({
      figure: 'build time vs baseline, same playbook',
      stages,
      measured: `${formatRatio(ratio)} (${formatMs(result.real.wallMs)} vs ${formatMs(result.baseline.wallMs)})`,
      budget: `≤ ${formatRatio(BASELINE_LIMIT)}`,
      pass: ratio <= BASELINE_LIMIT,
    });
    const indexBudget = budgetFor(INDEX_BUDGET, result.stages);
    checks.push({
      figure: 'Pagefind index size',
      stages,
      measured: formatBytes(result.real.indexBytes),
      budget: `≤ ${formatBytes(indexBudget)}`,
      pass: result.real.indexBytes <= indexBudget,
    });
    const searchBudget = budgetFor(FIRST_SEARCH_BUDGET, result.stages);
    checks.push({
      figure: `first search "${result.firstSearch.query}", gzipped`,
      stages,
      measured: formatBytes(result.firstSearch.gzipBytes),
      budget: `≤ ${formatBytes(searchBudget)}`,
      pass: result.firstSearch.gzipBytes <= searchBudget,
    });
    checks.push({
      figure: 'offline precache (first visit)',
      stages,
      measured: `${formatBytes(result.precache.bytes)} in ${count(result.precache.files)} files`,
      budget: `≤ ${formatBytes(PRECACHE_LIMIT_BYTES)}`,
      pass: result.precache.bytes <= PRECACHE_LIMIT_BYTES,
    });
  }
  return checks;
}

/** Left-aligned columns, two spaces apart, with a rule under the header. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** One row per size and site: what was measured. */
export function measurementTable(results: SizeResult[]): string {
  const rows = results.flatMap((result) =>
    (['real', 'baseline'] as const).map((name) => {
      const site = result[name];
      return [
        count(result.stages),
        name,
        count(site.pages),
        `${formatMs(site.wallMs)} (${site.runsMs.map(formatMs).join(', ')})`,
        site.msPerPage.toFixed(1),
        name === 'real' ? result.real.netMsPerPage.toFixed(1) : '',
        formatBytes(site.peakTreeRss),
        formatBytes(site.peakProcessRss),
        formatBytes(site.distBytes),
        formatBytes(site.indexBytes),
      ];
    }),
  );
  return table(['stages', 'site', 'pages', 'wall, best (runs)', 'ms/page', 'net ms/page', 'peak RSS tree', 'largest process', 'dist', 'pagefind/'], rows);
}

/** One row per size: what the first search fetched. */
export function firstSearchTable(results: SizeResult[]): string {
  return table(
    ['stages', 'query', 'results', 'requests', 'bytes', 'gzipped'],
    results.map(({ stages, firstSearch }) => [count(stages), firstSearch.query, firstSearch.results, String(firstSearch.requests), formatBytes(firstSearch.bytes), formatBytes(firstSearch.gzipBytes)]),
  );
}

/** One row per size: what the service worker saves at a first visit, and what it caches as pages are read. */
export function precacheTable(results: SizeResult[]): string {
  return table(
    ['stages', 'precached files', 'precached', 'cached as read: files', 'cached as read'],
    results.map(({ stages, precache }) => [count(stages), count(precache.files), formatBytes(precache.bytes), count(precache.deferredFiles), formatBytes(precache.deferredBytes)]),
  );
}

export function budgetTable(checks: Check[]): string {
  return table(
    ['figure', 'stages', 'measured', 'budget', 'result'],
    checks.map((check) => [check.figure, check.stages, check.measured, check.budget, check.pass ? 'PASS' : 'OVER']),
  );
}
