import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveStatic, type StaticServer } from './server';

export interface SiteSession {
  readonly origin: string;
  readonly browser: Browser;
  /** A fresh context (own storage) and page at `path`; closed after the file's tests. */
  open(path: string, options?: Parameters<Browser['newContext']>[0]): Promise<{ page: Page; context: BrowserContext }>;
}

/** One server and one browser for a test file, started before its tests and closed after them. */
export function useSite(): SiteSession {
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return server.origin;
    },
    get browser() {
      return browser;
    },
    async open(path, options) {
      const context = await browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(server.origin + path);
      return { page, context };
    },
  };
}
