import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../harness/browser';
import { serveStatic, type StaticServer } from '../../harness/server';

type ContextOptions = Parameters<Browser['newContext']>[0];

export interface SiteSession {
  readonly origin: string;
  readonly browser: Browser;
  /**
   * A fresh context (own storage), closed after the test that opened it, whether it passed or failed; one opened in
   * a `beforeAll` lives until the file's tests are done.
   */
  newContext(options?: ContextOptions): Promise<BrowserContext>;
  /** A fresh context and page at `path`; closed after the test, like `newContext`. */
  open(path: string, options?: ContextOptions): Promise<{ page: Page; context: BrowserContext }>;
}

/** One server and one browser for a test file, started before its tests and closed after them. */
export function useSite(): SiteSession {
  let server: StaticServer;
  let browser: Browser;
  // Contexts still open when a test ends, failed ones included: a leaked context keeps its pages, workers and
  // timers running into the next test, which on a loaded machine is what turns a slow test into a flaky one.
  const openInTest: BrowserContext[] = [];
  const openForFile: BrowserContext[] = [];
  let inTest = false;
  const closeAll = (contexts: BrowserContext[]) => Promise.all(contexts.splice(0).map((context) => context.close().catch(() => undefined)));
  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
  });
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    await closeAll(openInTest);
  });
  afterAll(async () => {
    await closeAll(openForFile);
    await browser?.close();
    await server?.close();
  });
  const newContext = async (options?: ContextOptions) => {
    const context = await browser.newContext(options);
    (inTest ? openInTest : openForFile).push(context);
    return context;
  };
  return {
    get origin() {
      return server.origin;
    },
    get browser() {
      return browser;
    },
    newContext,
    async open(path, options) {
      const context = await newContext(options);
      const page = await context.newPage();
      await page.goto(server.origin + path);
      return { page, context };
    },
  };
}
