import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { writeServiceWorker } from '../../integrations/service-worker-build';
import { axeViolations } from '../support/axe';
import { launchBrowser } from '../../harness/browser';
import { visitOnce } from '../support/offline-visit';
import { serveStatic, type StaticServer } from '../../harness/server';
import { distDir } from '../../harness/site-files';

// A copy of the built site that the tests redeploy: a changed home page and the worker the build writes for it.
let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'attune-deploy-'));
  cpSync(distDir, site, { recursive: true });
  server = await serveStatic(site);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

async function deploy(edition: string): Promise<void> {
  const home = join(site, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace(/<\/h1>/, ` (${edition})</h1>`));
  await writeServiceWorker(site);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const notice = (page: Page) => page.locator('.update-notice');

describe('a new deploy', () => {
  it('is announced in every open tab, and Reload brings the new version, with a working search', async () => {
    const { context, page } = await visitOnce(browser, server.origin, '/');
    const otherTab = await context.newPage();
    await otherTab.goto(server.origin + '/wordtracks/');
    await deploy('second edition');
    expect(await notice(page).isVisible()).toBe(false);

    // Opening a page makes the browser look for a new worker; until the reader chooses, the old version stays.
    await page.reload();
    await notice(page).waitFor({ state: 'visible' });
    expect(await page.locator('[data-update-notice]').getAttribute('aria-live')).toBe('polite');
    expect(await notice(page).textContent()).toContain('A new version of the playbook is ready.');
    expect(await heading(page)).not.toContain('second edition');
    expect(await axeViolations(page)).toEqual([]);
    await notice(otherTab).waitFor({ state: 'visible' });

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => heading(page)).toContain('second edition');
    await notice(otherTab).waitFor({ state: 'visible' });
    await expect.poll(() => notice(otherTab).textContent()).toContain('The playbook was updated in another tab.');

    await page.goto(server.origin + '/search/?q=trade');
    await expect.poll(() => page.locator('[data-results] .search-result__link').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('is found when a tab that was offline gets its connection back, and Later puts the notice away', async () => {
    const { context, page } = await visitOnce(browser, server.origin, '/');
    await context.setOffline(true);
    await deploy('third edition');
    await context.setOffline(false);
    await notice(page).waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Later' }).click();
    await notice(page).waitFor({ state: 'hidden' });
    expect(await heading(page)).not.toContain('third edition');
    await context.close();
  });
});
