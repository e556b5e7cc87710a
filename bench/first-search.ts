import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/server.ts';

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

// `node bench/first-search.ts <built site> <query>` measures any built site, such as the real playbook in dist/.
if (import.meta.main) {
  const [siteDir = 'dist', query = 'trade'] = process.argv.slice(2);
  const search = await measureFirstSearch(siteDir, query);
  for (const file of search.files) console.log(`${file.path}  ${file.bytes} B  ${file.gzipBytes} B gzipped`);
  console.log(`"${search.query}": ${search.results}, ${search.requests} requests, ${search.bytes} B, ${search.gzipBytes} B gzipped`);
}
