// The audit's report: one table of the category scores, and the audits that cost points, with what made them fail.
import type { Result } from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';

export const categories = [
  { id: 'performance', label: 'Perf' },
  { id: 'accessibility', label: 'A11y' },
  { id: 'best-practices', label: 'BP' },
  { id: 'seo', label: 'SEO' },
] as const;

/** One run as the table shows it. */
export interface TableRow {
  path: string;
  formFactor: string;
  scores: Record<string, number | null>;
  /** The performance score of every run of the page, when it ran more than once. */
  perfScores?: (number | null)[];
  error?: string;
}

const pad = (text: string, width: number) => text.padEnd(width);
export const percent = (score: number | null | undefined) => (score === null || score === undefined ? '—' : String(Math.round(score * 100)));
/** The budget, judged on the score as printed. */
export const meetsBudget = (score: number | null | undefined) => percent(score) === '100';

/** One line per item of an audit's table or list: the element, URL or value that made it fail. */
function itemLines(details: unknown, limit = 4): string[] {
  const d = details as { type?: string; items?: Record<string, unknown>[] } | undefined;
  if (!d?.items || !['table', 'opportunity', 'list'].includes(d.type ?? '')) return [];
  const describe = (item: Record<string, unknown>): string => {
    const node = item.node as { selector?: string; snippet?: string; explanation?: string } | undefined;
    const shift = typeof item.score === 'number' ? `layout shift ${item.score.toFixed(3)}` : undefined;
    if (node) return [node.selector, node.snippet, shift, node.explanation?.replace(/\s+/g, ' ')].filter(Boolean).join('  ');
    if (typeof item.url === 'string') return item.url + (item.wastedBytes ? ` (${Math.round(Number(item.wastedBytes) / 1024)} KiB to save)` : '');
    if (typeof item.description === 'string') return item.description;
    if (d.type === 'list' && item.items) return itemLines(item, 2).join(' | ');
    return JSON.stringify(item).slice(0, 200);
  };
  const lines = d.items.slice(0, limit).map(describe);
  if (d.items.length > limit) lines.push(`… and ${d.items.length - limit} more`);
  return lines;
}

/** Several runs of one page and form factor, as the audit judges them. */
export interface Runs {
  /** The run Lighthouse itself picks as the median: the nearest to the median first paint and time to interactive. */
  median: Result;
  /** The performance score of each run, in the order they ran. */
  perfScores: (number | null)[];
  /** Lighthouse's CPU benchmark index of each run: low when other work slowed the machine. */
  benchmarks: number[];
}

/** The median of `lhrs`; a run that failed to load the page (no first paint) is never the median unless all failed. */
export function medianOf(lhrs: Result[]): Runs {
  if (lhrs.length === 0) throw new Error('medianOf needs at least one Lighthouse run');
  const valid = filterToValidRuns(lhrs);
  return {
    median: valid.length > 0 ? computeMedianRun(valid) : lhrs[0]!,
    perfScores: lhrs.map((lhr) => lhr.categories.performance?.score ?? null),
    benchmarks: lhrs.map((lhr) => Math.round(lhr.environment.benchmarkIndex)),
  };
}

/** The weighted audits below full marks in every category that is below 100, and the failing perf insights. */
export function pointsLost(lhr: Result): string[] {
  const lines: string[] = [];
  for (const { id } of categories) {
    const category = lhr.categories[id];
    if (!category || meetsBudget(category.score)) continue;
    const totalWeight = category.auditRefs.reduce((sum, ref) => sum + ref.weight, 0);
    const below = (ref: { id: string }) => (lhr.audits[ref.id]?.score ?? 1) < 1;
    // Metrics (FCP, LCP, TBT, CLS, SI) that cost points.
    const lostMetrics = new Set(category.auditRefs.filter((ref) => ref.weight > 0 && ref.acronym && below(ref)).map((ref) => ref.acronym));
    for (const ref of category.auditRefs) {
      const result = lhr.audits[ref.id];
      if (!result || result.score === null) continue;
      const scored = ref.weight > 0;
      // Unweighted perf insights cost no points themselves; those that would save a metric that lost points say why.
      // Cache lifetimes are the host's job, not the site's; the audit's server compresses text as a host would.
      const savings = Object.entries(result.metricSavings ?? {}).filter(([metric, value]) => (value ?? 0) > 0 && lostMetrics.has(metric));
      if (scored ? result.score >= 1 : !savings.length) continue;
      const saves = savings.map(([metric, value]) => `${metric} ${metric === 'CLS' ? value!.toFixed(3) : `${value} ms`}`).join(', ');
      const cost = scored ? `−${((ref.weight * (1 - result.score) * 100) / totalWeight).toFixed(1)} pts` : `insight, would save ${saves}`;
      const value = result.displayValue ? ` — ${result.displayValue}` : '';
      lines.push(`  [${id}] ${ref.id}: ${result.title}${value} (score ${percent(result.score)}, ${cost})`);
      if (result.explanation) lines.push(`      ${result.explanation.replace(/\s+/g, ' ')}`);
      for (const line of itemLines(result.details)) lines.push(`      · ${line}`);
    }
  }
  for (const warning of lhr.runWarnings) lines.push(`  [warning] ${warning}`);
  return lines;
}

/** One table of the category scores: a row per page and form factor. */
export function printTable(runs: TableRow[]): void {
  const header = ['Page', 'Form factor', ...categories.map(({ label }) => label), 'Perf of each run'];
  const rows = runs.map((run) => [
    run.path,
    run.formFactor,
    ...categories.map(({ id }) => (run.error ? 'ERR' : percent(run.scores[id]))),
    (run.perfScores ?? []).map(percent).join(' '),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? pad(cell, widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const rule = '-'.repeat(line(header).length);
  console.log(`\n${line(header)}\n${rule}`);
  for (const row of rows) console.log(line(row));
  console.log(rule);
}
