// Lighthouse budget: builds the site into reports/audit-site/, serves it on 127.0.0.1, audits five pages on mobile and
// desktop with Debian's Chromium (or CHROME_PATH; nothing is ever downloaded), prints one table of the four category
// scores, lists the audits that cost points, writes the JSON reports under reports/lighthouse/ and exits 1 below 100.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { chromePath, chromiumFlags, requireChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/server.ts';

const root = resolve(import.meta.dirname, '..');
// Its own output folder, so the audit never overwrites the dist/ that `npm start` serves. (Builds share the project's
// .astro/ state, so run the audit while no other build of this checkout runs.)
const siteDir = join(root, 'reports', 'audit-site');
const reportDir = join(root, 'reports', 'lighthouse');
const chromeFlags = ['--headless=new', ...chromiumFlags];

const pages = [
  { name: 'home', path: '/' },
  { name: 'stage', path: '/tracks/showroom/test-drive/' },
  { name: 'wordtracks', path: '/wordtracks/' },
  { name: 'planner', path: '/plan/' },
  { name: 'self-check', path: '/check/' },
] as const;
type FormFactor = 'mobile' | 'desktop';
const formFactors: FormFactor[] = ['mobile', 'desktop'];
const categories = [
  { id: 'performance', label: 'Perf' },
  { id: 'accessibility', label: 'A11y' },
  { id: 'best-practices', label: 'BP' },
  { id: 'seo', label: 'SEO' },
] as const;
// Mobile: Lighthouse's defaults (Moto G Power emulation, simulated slow 4G and 4x CPU). Desktop: its desktop config.
const configs: Record<FormFactor, Config | undefined> = { mobile: undefined, desktop: desktopConfig };

interface Run {
  page: (typeof pages)[number];
  formFactor: FormFactor;
  scores: Record<string, number | null>;
  lhr?: Result;
  error?: string;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const pad = (text: string, width: number) => text.padEnd(width);
const percent = (score: number | null | undefined) => (score === null || score === undefined ? '—' : String(Math.round(score * 100)));
/** The budget, judged on the score as printed. */
const meetsBudget = (score: number | null | undefined) => percent(score) === '100';

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

/** The weighted audits below full marks in every category that is below 100, and the failing perf insights. */
function pointsLost(lhr: Result): string[] {
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

function printTable(runs: Run[]): void {
  const header = ['Page', 'Form factor', ...categories.map(({ label }) => label)];
  const rows = runs.map((run) => [
    `${run.page.path}`,
    run.formFactor,
    ...categories.map(({ id }) => (run.error ? 'ERR' : percent(run.scores[id]))),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? pad(cell, widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const rule = '-'.repeat(line(header).length);
  console.log(`\n${line(header)}\n${rule}`);
  for (const row of rows) console.log(line(row));
  console.log(rule);
}

async function main(): Promise<number> {
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
        const run: Run = { page, formFactor, scores: {} };
        try {
          const lhr = await audit(new URL(page.path, server.origin).href, formFactor);
          run.lhr = lhr;
          for (const { id } of categories) run.scores[id] = lhr.categories[id]?.score ?? null;
          if (lhr.runtimeError) run.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
          writeFileSync(join(reportDir, `${page.name}.${formFactor}.json`), JSON.stringify(lhr, null, 2));
        } catch (error) {
          run.error = error instanceof Error ? error.message : String(error);
        }
        runs.push(run);
        const summary = run.error ? `failed: ${run.error}` : categories.map(({ id, label }) => `${label} ${percent(run.scores[id])}`).join(', ');
        console.log(`  ${pad(page.path, 30)} ${pad(formFactor, 7)} ${summary} (${seconds(runStarted)})`);
      }
    }
  } finally {
    await server.close();
  }

  const failing = runs.filter((run) => run.error || categories.some(({ id }) => !meetsBudget(run.scores[id])));
  writeFileSync(
    join(reportDir, 'summary.json'),
    JSON.stringify(runs.map(({ page, formFactor, scores, error }) => ({ page: page.path, formFactor, scores, error })), null, 2),
  );

  printTable(runs);
  console.log(
    failing.length
      ? `Budget: 100 in every category. ${failing.length} of ${runs.length} runs fall short: exit code 1.`
      : `Budget: 100 in every category. All ${runs.length} runs meet it.`,
  );
  const lhrs = runs.flatMap(({ lhr }) => (lhr ? [lhr] : []));
  if (lhrs[0]) {
    // Simulated throttling scales the main-thread work it observed, so a busy machine lowers TBT and the paint metrics.
    const benchmarks = lhrs.map((lhr) => Math.round(lhr.environment.benchmarkIndex));
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
