import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site-test';
import { builtTitle, cachedCopiesOf, visitOnce } from '../support/offline-visit';

const site = useSite();

/** A page of the real playbook that the first visit (the home page) never opened. */
const unvisitedStage = '/tracks/consultative/prove-fit/';

async function openOffline(page: Page, path: string) {
  const response = await page.goto(site.origin + path);
  expect(response?.fromServiceWorker(), `${path} came from the service worker`).toBe(true);
}

describe('the playbook offline, after one visit to the home page', () => {
  it('opens the home page, a stage page never visited, the library and the self-check, and never asks another host', async () => {
    const { context, page, requested } = await visitOnce(site.browser, site.origin, '/');
    // The worker's precache requests are among them: the whole offline copy came from this site.
    expect(requested.filter((url) => url.includes('/pagefind/wasm.')).length).toBeGreaterThan(0);
    await context.setOffline(true);
    for (const path of ['/', unvisitedStage, '/wordtracks/', '/check/']) {
      await openOffline(page, path);
      expect(await page.title()).toBe(builtTitle(path));
    }
    // The self-check is an island: its script came from the cache too, so it answers.
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await page.getByRole('checkbox').first().check();
    await expect.poll(() => page.locator('.selfcheck__verdict').count()).toBeGreaterThan(0);
    expect(requested.filter((url) => new URL(url).origin !== site.origin)).toEqual([]);
  });

  it('runs the planner: a plan made offline is still there after a reload, and no cache holds it', async () => {
    const { context, page } = await visitOnce(site.browser, site.origin, '/');
    await context.setOffline(true);
    await openOffline(page, '/plan/');
    await page.locator('.planner[aria-busy="false"]').waitFor();
    const account = 'Offline Harbour Motors 4417';
    await page.getByLabel('Account').fill(account);
    await expect.poll(() => page.evaluate((name) => Object.values(localStorage).some((value) => value.includes(name)), account)).toBe(true);
    await page.reload();
    await page.locator('.planner[aria-busy="false"]').waitFor();
    await expect.poll(() => page.getByLabel('Account').inputValue()).toBe(account);
    expect(await cachedCopiesOf(page, account)).toEqual([]);
  });

  it('searches: a deep link to the search page returns results from the saved index', async () => {
    const { context, page } = await visitOnce(site.browser, site.origin, '/');
    await context.setOffline(true);
    await openOffline(page, '/search/?q=trade');
    await expect.poll(() => page.locator('[data-results] .search-result__link').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-results] .search-result__link').first().getAttribute('href')).toMatch(/^\//);
  });

  it('searches from the dialog on a page opened offline', async () => {
    const { context, page } = await visitOnce(site.browser, site.origin, '/');
    await context.setOffline(true);
    await openOffline(page, unvisitedStage);
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the playbook' });
    await dialog.getByRole('searchbox').fill('financing');
    await expect.poll(() => dialog.locator('.search-result__link').count()).toBeGreaterThan(0);
  });

  it('opens the planner from a link with a query string, and shows the offline page for an address it never saved', async () => {
    const { context, page } = await visitOnce(site.browser, site.origin, '/');
    await context.setOffline(true);
    await openOffline(page, '/plan/?phase=2');
    expect(await page.title()).toBe(builtTitle('/plan/'));
    await openOffline(page, '/tracks/consultative/a-stage-that-does-not-exist/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe("You're offline");
    expect(await page.getByRole('link', { name: 'The call planner' }).getAttribute('href')).toBe('/plan/');
  });
});
