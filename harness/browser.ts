import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or the one CHROME_PATH names. */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The flags every Chromium run here needs: no sandbox as root, and no calls to Google's services on a closed network. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Fails with how to get a browser when there is none, so nothing that needs one passes by skipping. */
export function requireChromium(): void {
  if (!existsSync(chromePath)) {
    throw new Error(
      `No Chromium at ${chromePath}. Install it with "apt-get install chromium", or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
}

/**
 * Starts headless Chromium. Its contexts block service workers unless one asks for them (`serviceWorkers: 'allow'`,
 * as the offline tests do): a worker would precache the whole site in every fresh context, on a shared two-core
 * machine, and answer from its cache the requests that a test routes or counts.
 */
export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumFlags, headless: true });
  const [newContext, newPage] = [browser.newContext.bind(browser), browser.newPage.bind(browser)];
  browser.newContext = (options) => newContext({ serviceWorkers: 'block', ...options });
  browser.newPage = (options) => newPage({ serviceWorkers: 'block', ...options });
  return browser;
}
