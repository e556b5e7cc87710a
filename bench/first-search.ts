import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { launchBrowser } from '../harness/browser.ts';
import { serveStatic } from '../harness/server.ts';

/** No request to the index for this long after the results show: the search has fetched all it will. */
const QUIET_MS = 750;
const TIMEOUT_MS = 60_000;

export interface FirstSearch {
  query: string;
  /** The result count the page announced. */
  results: string;
  requests: number;
  /** Response bodies as sent: the test server does not compress. */
  bytes: number;
  /**
   * Each file gzipped as a host would serve it, or left as it is where gzip does not make it smaller: Pagefind writes
   * its index and fragment chunks gzipped already, and hosts serve those as they are.
   */
  gzipBytes: number;
  files: { path: string; bytes: number; gzipBytes: number }[];
}

/**
 * Opens `/search/?q=<query>` on the built site in a fresh Chromium (an empty cache, as for a first visit), waits for
 * the results, and totals every response under /pagefind/: the script, the WebAssembly, the entry and metadata files,
 * the index and filter chunks and the fragments of the results shown.
 */
export async function measureFirstSearch(siteDir: string, query: string): Promise<FirstSearch> {
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const bodies: Promise<{ path: string; body: Buffer }>[] = [];
    let pending = 0;
    let lastActivity = Date.now();
    const isIndex = (url: string) => new URL(url).pathname.startsWith('/pagefind/');
    page.on('request', (request) => {
      if (!isIndex(request.url())) return;
      pending++;
      lastActivity = Date.now();
    });
    const settled = (url: string) => {
      if (!isIndex(url)) return;
      pending--;
      lastActivity = Date.now();
    };
    page.on('requestfinished', (request) => settled(request.url()));
    page.on('requestfailed', (request) => settled(request.url()));
    page.on('response', (response: Response) => {
      if (isIndex(response.url())) bodies.push(response.body().then((body) => ({ path: new URL(response.url()).pathname, body })));
    });

    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-results] li').first().waitFor({ timeout: TIMEOUT_MS });
    const results = (await page.locator('[data-count]').textContent()) ?? '';
    const deadline = Date.now() + TIMEOUT_MS;
    while (pending > 0 || Date.now() - lastActivity < QUIET_MS) {
      if (Date.now() > deadline) throw new Error(`Search requests still pending after ${TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const files = (await Promise.all(bodies)).map(({ path, body }) => ({ path, bytes: body.length, gzipBytes: Math.min(body.length, gzipSync(body, { level: 9 }).length) }));
    return {
      query,
      results,
      requests: files.length,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
      files,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A query of six words in a rep's own words; it finds few exact matches, so it also runs the relaxed search. */
export const SIX_WORD_QUERY = 'first time buyer nervous about financing';

export interface AnswerTime {
  query: string;
  /** Each run's time from the query entering the search field to its results on the page. */
  runsMs: number[];
  /** The middle run: one slow run on a shared machine does not decide it. */
  medianMs: number;
}

/**
 * How long the search page takes to answer `query` once it is ready (Pagefind loaded, the filter counts shown), timed
 * inside the page from the input event to the results list showing that query. Each run is a fresh page with an
 * empty cache, so the index chunks for the query's words are fetched as on a first search.
 */
export async function measureAnswerTime(siteDir: string, query: string, runs = 5): Promise<AnswerTime> {
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    const runsMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/search/`);
      await page.locator('[data-count]').filter({ hasText: 'Type words to search' }).waitFor({ timeout: TIMEOUT_MS });
      runsMs.push(
        await page.evaluate(
          (text) =>
            new Promise<number>((resolve) => {
              const list = document.querySelector<HTMLElement>('[data-results]')!;
              const input = document.querySelector<HTMLInputElement>('input[name="q"]')!;
              const started = performance.now();
              new MutationObserver(() => {
                if (list.dataset.query === text) resolve(performance.now() - started);
              }).observe(list, { attributes: true, childList: true });
              input.value = text;
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          query,
        ),
      );
      await context.close();
    }
    const sorted = [...runsMs].sort((a, b) => a - b);
    return { query, runsMs, medianMs: sorted[Math.floor(sorted.length / 2)]! };
  } finally {
    await browser.close();
    await server.close();
  }
}

// `node bench/first-search.ts <built site> <query>` measures any built site, such as the real playbook in dist/: what
// the first search for <query> fetches, and how fast the ready search page answers a six-word query.
if (import.meta.main) {
  const [siteDir = 'dist', query = 'trade'] = process.argv.slice(2);
  const search = await measureFirstSearch(siteDir, query);
  for (const file of search.files) console.log(`${file.path}  ${file.bytes} B  ${file.gzipBytes} B gzipped`);
  console.log(`"${search.query}": ${search.results}, ${search.requests} requests, ${search.bytes} B, ${search.gzipBytes} B gzipped`);
  const answer = await measureAnswerTime(siteDir, SIX_WORD_QUERY);
  console.log(`"${answer.query}": answered in ${Math.round(answer.medianMs)} ms (median; runs ${answer.runsMs.map(Math.round).join(', ')} ms)`);
}
