import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or the one CHROME_PATH names. */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts headless Chromium; without one, fails with how to get one, so a browser test never passes by skipping. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromePath)) {
    throw new Error(
      `No Chromium at ${chromePath}. Install it with "apt-get install chromium", or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  return chromium.launch({ executablePath: chromePath, args: flags, headless: true });
}
