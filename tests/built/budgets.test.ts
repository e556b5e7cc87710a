import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { total, weighPage, type PageWeight } from '../support/page-weight';
import { builtPages, distDir } from '../../harness/site-files';

const kB = 1024;

/**
 * JavaScript a page may load before the reader does anything, gzipped (PRODUCT.md section 9). The search page
 * is search already opened: it runs the query from its URL on load, so it gets the reading allowance plus its
 * results code and the search over Pagefind (relaxed matching, suggestions, filter counts: about 3 kB);
 * Pagefind's own files are what `npm run bench` reports as the bytes of a first search.
 */
const scriptBudgets: Record<string, number> = { '/plan/': 20 * kB, '/check/': 15 * kB, '/search/': 8 * kB };
const readingScriptBudget = 3 * kB;
const styleBudget = 15 * kB;
const htmlBudget = 25 * kB;
/** The data files pages fetch (the planner's, the library's lookup): like the pages, small at any size of playbook. */
const dataBudget = 40 * kB;

const pages: PageWeight[] = builtPages().map(({ path, html }) => weighPage(distDir, path, html));
const weightOf = (path: string) => pages.find((page) => page.page === path)!;
const format = (bytes: number) => `${(bytes / kB).toFixed(2)} kB`;

/** Each page whose figure is not under its budget, as "page: figure is X gzipped, not under its budget of Y". */
function overBudget(figure: string, measure: (page: PageWeight) => number, budgetOf: (page: string) => number): string[] {
  return pages
    .filter((page) => measure(page) >= budgetOf(page.page))
    .map((page) => `${page.page}: ${figure} is ${format(measure(page))} gzipped, not under its budget of ${format(budgetOf(page.page))}`);
}

describe('size budgets of every built page', () => {
  it('weighs what the pages really load', () => {
    expect(pages.length).toBeGreaterThan(40);
    const planner = weightOf('/plan/').scripts.map((script) => script.name);
    expect(planner.some((name) => /\/Planner\.[\w-]+\.js$/.test(name))).toBe(true);
    // Preact and Astro's island renderer may share a chunk (astro.config.mjs): their code, not a file name, shows they are weighed.
    const code = planner.filter((name) => name.startsWith('/')).map((name) => readFileSync(join(distDir, name), 'utf8'));
    expect(code.some((text) => text.includes('http://www.w3.org/2000/svg'))).toBe(true);
    expect(code.some((text) => text.includes('astro-slot'))).toBe(true);
    // Loaded on first use only: the search dialog, the planner's tools and its sharing never count before interaction.
    expect(pages.flatMap((page) => page.scripts).some((script) => /search-dialog|pagefind|\/tools\.|\/share\./.test(script.name))).toBe(false);
    expect(weightOf('/tracks/showroom/test-drive/').styles.length).toBeGreaterThan(0);
  });

  it('loads the code of plan links on /plan/ only when a link is made or opened', () => {
    const first = weightOf('/plan/').scripts.filter((script) => script.name.startsWith('/'));
    expect(first.filter((script) => readFileSync(join(distDir, script.name), 'utf8').includes('CompressionStream')).map((script) => script.name)).toEqual([]);
  });

  it('weighs a production build: no development hooks in the shipped code', () => {
    const shipped = [...new Set(pages.flatMap((page) => page.scripts.map((script) => script.name)).filter((name) => name.startsWith('/')))];
    expect(shipped.filter((name) => /__PREACT_DEVTOOLS__|jsxDEV/.test(readFileSync(join(distDir, name), 'utf8')))).toEqual([]);
  });

  it('keeps reading pages free of framework JavaScript', () => {
    const framework = pages.filter((page) => !(page.page in scriptBudgets) && page.scripts.some((script) => /preact|client\.[\w-]+\.js/.test(script.name)));
    expect(framework.map((page) => page.page)).toEqual([]);
  });

  it('keeps the JavaScript each page loads before any interaction within budget', () => {
    expect(overBudget('JavaScript before interaction', (page) => total(page.scripts), (page) => scriptBudgets[page] ?? readingScriptBudget)).toEqual([]);
  });

  it('keeps all the CSS each page loads within budget', () => {
    expect(overBudget('CSS', (page) => total(page.styles), () => styleBudget)).toEqual([]);
  });

  it('keeps the HTML of each page within budget', () => {
    expect(overBudget('HTML', (page) => page.html, () => htmlBudget)).toEqual([]);
  });

  it('keeps every data file a page fetches within budget', () => {
    const data = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json') && !name.startsWith('pagefind'));
    expect(data).toEqual(expect.arrayContaining(['plan/coach.json', 'plan/wordtracks/showroom.json', 'wordtracks/ids-0.json']));
    const over = data
      .map((name) => ({ name, gzip: gzipSync(readFileSync(join(distDir, name)), { level: 9 }).length }))
      .filter((file) => file.gzip >= dataBudget)
      .map((file) => `/${file.name}: ${format(file.gzip)} gzipped, not under ${format(dataBudget)}`);
    expect(over).toEqual([]);
  });
});
