import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fileForPath } from './links';
import { distDir } from '../../harness/site-files';

/**
 * Opens `path` in a fresh context that allows service workers, and waits until the worker has installed (its
 * precache is complete) and controls the page: from then on the site is meant to work without a connection.
 * `requested` gathers every URL the context asks for, the worker's own requests included.
 */
export async function visitOnce(browser: Browser, origin: string, path = '/'): Promise<{ context: BrowserContext; page: Page; requested: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  const page = await context.newPage();
  await page.goto(origin + path);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page, requested };
}

/** The <title> that the built page at `path` has, to tell the real page from the offline page. */
export function builtTitle(path: string, dir = distDir): string {
  const file = fileForPath(dir, path);
  if (!file) throw new Error(`No built page for ${path}`);
  return /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))![1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Every URL in the page's caches whose address or body contains `text`. */
export function cachedCopiesOf(page: Page, text: string): Promise<string[]> {
  return page.evaluate(async (needle) => {
    const found: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = await (await cache.match(request))!.text();
        if (request.url.includes(needle) || body.includes(needle)) found.push(request.url);
      }
    }
    return found;
  }, text);
}
