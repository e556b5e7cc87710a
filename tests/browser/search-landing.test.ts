import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site-test';

const site = useSite();

/** Holds back the search dialog's code for a moment, as a slow network does, so keys are typed while it loads. */
async function slowDialog(page: Page): Promise<void> {
  await page.route(/\/_astro\/search-dialog\.[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
}

const dialogInput = (page: Page) => page.getByRole('dialog', { name: 'Search the playbook' }).getByRole('searchbox');

describe('keys typed while search loads', () => {
  it('are kept and searched when the dialog is opened with /', async () => {
    const { page } = await site.open('/tracks/showroom/trade-in/');
    await slowDialog(page);
    await page.keyboard.press('/');
    await page.keyboard.type('trade in too low');
    await expect.poll(() => dialogInput(page).inputValue()).toBe('trade in too low');
    await expect.poll(() => page.locator('dialog [data-results]').getAttribute('data-query')).toBe('trade in too low');
    expect(await page.locator('dialog .search-result__link').count()).toBeGreaterThan(0);
    // Typing goes on in the dialog's own field, after what was kept.
    await page.keyboard.type(' value');
    await expect.poll(() => dialogInput(page).inputValue()).toBe('trade in too low value');
  });

  it('are kept, corrections included, when the dialog is opened with the button', async () => {
    const { page } = await site.open('/');
    await slowDialog(page);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.keyboard.type('ghostd');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('ed');
    await expect.poll(() => dialogInput(page).inputValue()).toBe('ghosted');
    await expect.poll(() => page.locator('dialog [data-results]').getAttribute('data-query')).toBe('ghosted');
  });
});

describe('arriving from a search result', () => {
  it('marks the query’s words on the page and shows the wordtrack’s stage and track', async () => {
    const { page } = await site.open('/plays/');
    await page.getByRole('button', { name: 'Search' }).click();
    await dialogInput(page).fill('gap insurance');
    const result = page.locator('dialog a.search-result__link[href$="#fi-deepen-2"]');
    await result.waitFor();
    await result.click();
    await page.waitForURL((url) => /^\/wordtracks\/showroom\/(\d+\/)?$/.test(url.pathname) && url.hash === '#fi-deepen-2');
    expect(new URL(page.url()).searchParams.getAll('highlight')).toEqual(['gap', 'insurance']);
    const card = page.locator('#fi-deepen-2');
    await expect.poll(() => card.locator('mark').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^gap$/i)]));
    expect(await page.locator('nav mark').count()).toBe(0);
    expect(await card.evaluate((node) => node.matches(':target'))).toBe(true);
    const where = card.locator('.wordtrack__where');
    expect(await where.isVisible()).toBe(true);
    expect(await where.textContent()).toBe('The finance-and-insurance second sale · The showroom sale');
    expect(await page.locator('#fin-open-1 .wordtrack__where').isVisible()).toBe(false);
  });

  it('opens a glossary term at its anchor, not the top of the glossary', async () => {
    const { page } = await site.open('/');
    await page.getByRole('button', { name: 'Search' }).click();
    await dialogInput(page).fill('attunement');
    const term = page.locator('dialog a.search-result__link[href$="#attunement"]');
    await term.waitFor();
    expect(new URL((await term.getAttribute('href'))!, site.origin).pathname).toBe('/glossary/');
    await term.click();
    await page.waitForURL((url) => url.pathname === '/glossary/' && url.hash === '#attunement');
    expect(await page.locator('#attunement').evaluate((node) => node.matches(':target'))).toBe(true);
    await expect.poll(() => page.locator('main mark').count()).toBeGreaterThan(0);
  });

  it('loads the highlighter only when the link asks for it', async () => {
    const requested: string[] = [];
    const { page, context } = await site.open('/');
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/tracks/showroom/financing/`);
    await page.waitForLoadState('networkidle');
    expect(requested).not.toContain('/pagefind/pagefind-highlight.js');
    expect(await page.locator('main mark').count()).toBe(0);
    await page.goto(`${site.origin}/tracks/showroom/financing/?highlight=budget`);
    await expect.poll(() => requested.includes('/pagefind/pagefind-highlight.js')).toBe(true);
    await expect.poll(() => page.locator('main mark').count()).toBeGreaterThan(0);
    expect(await page.locator('main mark').first().textContent()).toMatch(/^budget/i);
  });
});
