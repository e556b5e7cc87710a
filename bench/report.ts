import type { PrecacheFigures } from '../integrations/service-worker-build.ts';
import { PRECACHE_LIMIT_BYTES } from '../src/lib/offline/precache.ts';
import type { FirstSearch } from './first-search.ts';
import type { GeneratedPlaybook } from './generate.ts';
import type { OutputWeights } from './output-weights.ts';
import { count, formatBytes, formatMs, formatRatio, GB, kB, MB } from './format.ts';

export interface SiteFigures {
  /** The fastest of the runs. */
  wallMs: number;
  /** Every run's wall time, to show the noise. */
  runsMs: number[];
  /** The least CPU time of the runs, the whole process tree's. */
  cpuMs: number;
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
  starlight: SiteFigures;
  firstSearch: FirstSearch;
  /** What the real site's service worker saves at a first visit, and what it leaves to be cached as read. */
  precache: PrecacheFigures;
  weights: OutputWeights;
}

export interface Check {
  figure: string;
  stages: string;
  measured: string;
  budget: string;
  pass: boolean;
}


/** The most memory the build's process tree may hold at once, at any size. */
const PEAK_RSS_LIMIT = 2 * GB;
/** Per-page time at the largest size may be at most this multiple of that at the smallest: growth stays linear. */
const GROWTH_LIMIT = 1.1;
/** Building a playbook may take at most this multiple of the bare Astro + MDX + Pagefind build of the same playbook. */
const BASELINE_LIMIT = 1.5;
/** And less time than Astro Starlight takes for the same content (PRODUCT.md section 10, Scale). */
const STARLIGHT_LIMIT = 1;
/**
 * No page or data file a reader fetches, outside Pagefind's own files, may pass this gzipped (PRODUCT.md section 10):
 * data files at any size, pages up to FILE_LIMIT_UP_TO stages. Past that the tools' pages may, as the planner and
 * the self-check offer every stage in a select; reading pages keep their own, smaller budget at any size.
 */
const FILE_LIMIT = 40 * kB;
const FILE_LIMIT_UP_TO = 1000;
/** Nor may a reading page: every page but the tools (bench/output-weights.ts), at any size. */
const READING_PAGE_LIMIT = 25 * kB;
/**
 * A first visit to the library, its page with the CSS and JavaScript it loads before any interaction: the sum of a
 * reading page's budgets in tests/built/budgets.test.ts (HTML 25 kB, CSS 15 kB, scripts 3 kB).
 */
const FIRST_VISIT_LIMIT = 43 * kB;

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
    // The budgets are on wall time; the CPU ratio beside it shows whether a busy machine moved the figure.
    const cpu = (other: SiteFigures) => `; CPU ${formatRatio(result.real.cpuMs / other.cpuMs)}`;
    checks.push({
      figure: 'build time vs baseline, same playbook',
      stages,
      measured: `${formatRatio(ratio)} (${formatMs(result.real.wallMs)} vs ${formatMs(result.baseline.wallMs)}${cpu(result.baseline)})`,
      budget: `≤ ${formatRatio(BASELINE_LIMIT)}`,
      pass: ratio <= BASELINE_LIMIT,
    });
    const peer = result.real.wallMs / result.starlight.wallMs;
    checks.push({
      figure: 'build time vs Starlight, same content',
      stages,
      measured: `${formatRatio(peer)} (${formatMs(result.real.wallMs)} vs ${formatMs(result.starlight.wallMs)}${cpu(result.starlight)})`,
      budget: `< ${formatRatio(STARLIGHT_LIMIT)}`,
      pass: peer < STARLIGHT_LIMIT,
    });
    const { weights } = result;
    const under = (figure: string, file: { path: string; gzipBytes: number }, limit: number) =>
      checks.push({ figure, stages, measured: `${formatBytes(file.gzipBytes)} (${file.path})`, budget: `≤ ${formatBytes(limit)}`, pass: file.gzipBytes <= limit });
    if (result.stages <= FILE_LIMIT_UP_TO) under('largest HTML page, gzipped', weights.largestPage, FILE_LIMIT);
    under('largest reading page, gzipped', weights.largestReadingPage, READING_PAGE_LIMIT);
    under('largest data file, gzipped', weights.largestDataFile, FILE_LIMIT);
    under('first visit to the library index, gzipped', weights.libraryIndex, FIRST_VISIT_LIMIT);
    under('first visit to the largest library page, gzipped', weights.libraryPage, FIRST_VISIT_LIMIT);
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
