import type { FirstVisit } from './output-weights.ts';
import { count, formatBytes, formatMs } from './format.ts';
import type { Check, SizeResult } from './report.ts';

/** Left-aligned columns, two spaces apart, with a rule under the header. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** One row per size and site: what was measured. */
export function measurementTable(results: SizeResult[]): string {
  const rows = results.flatMap((result) =>
    (['real', 'baseline', 'starlight'] as const).map((name) => {
      const site = result[name];
      return [
        count(result.stages),
        name,
        count(site.pages),
        `${formatMs(site.wallMs)} (${site.runsMs.map(formatMs).join(', ')})`,
        formatMs(site.cpuMs),
        site.msPerPage.toFixed(1),
        name === 'real' ? result.real.netMsPerPage.toFixed(1) : '',
        formatBytes(site.peakTreeRss),
        formatBytes(site.peakProcessRss),
        formatBytes(site.distBytes),
        formatBytes(site.indexBytes),
      ];
    }),
  );
  return table(['stages', 'site', 'pages', 'wall, best (runs)', 'CPU, least', 'ms/page', 'net ms/page', 'peak RSS tree', 'largest process', 'dist', 'pagefind/'], rows);
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

/** One row per size: what a reader's phone fetches, outside search. */
export function weightTable(results: SizeResult[]): string {
  const visit = (page: FirstVisit) => `${formatBytes(page.gzipBytes)} = ${formatBytes(page.html)} + ${formatBytes(page.styles)} CSS + ${formatBytes(page.scripts)} JS (${page.path})`;
  return table(
    ['stages', 'largest page', 'largest reading page', 'largest data file', 'library index, first visit', 'largest library page, first visit'],
    results.map(({ stages, weights }) => [
      count(stages),
      `${formatBytes(weights.largestPage.gzipBytes)} ${weights.largestPage.path}`,
      `${formatBytes(weights.largestReadingPage.gzipBytes)} ${weights.largestReadingPage.path}`,
      `${formatBytes(weights.largestDataFile.gzipBytes)} ${weights.largestDataFile.path}`,
      visit(weights.libraryIndex),
      visit(weights.libraryPage),
    ]),
  );
}

export function budgetTable(checks: Check[]): string {
  return table(
    ['figure', 'stages', 'measured', 'budget', 'result'],
    checks.map((check) => [check.figure, check.stages, check.measured, check.budget, check.pass ? 'PASS' : 'OVER']),
  );
}
