import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-test';
import { axeViolations } from '../support/axe';
import { pdfInfo } from '../support/pdf';

const site = useSite();

const contextWith = (colorScheme: 'light' | 'dark') => site.newContext({ colorScheme });

describe.each([
  ['/', 'Attune'],
  ['/no-such-page/', 'Page not found'],
])('the frame of %s', (path, titlePart) => {
  it('has a title, landmarks and a working skip link', async () => {
    const context = await contextWith('light');
    const page = await context.newPage();
    await page.goto(site.origin + path);
    expect(await page.title()).toContain(titlePart);
    for (const role of ['banner', 'main', 'contentinfo'] as const) {
      await expect(page.getByRole(role).count()).resolves.toBe(1);
    }
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (scheme) => {
    const context = await contextWith(scheme);
    const page = await context.newPage();
    await page.goto(site.origin + path);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the theme button', () => {
  it('switches the theme, remembers it, and sets it before first paint on reload', async () => {
    const context = await contextWith('light');
    const page = await context.newPage();
    // Records the theme at the moment <body> is parsed, before the browser can paint it.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.origin + '/');
    const button = page.getByRole('button', { name: 'Dark theme' });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const lightBackground = 'rgb(251, 250, 247)';
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBackground);

    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('light');
  });
});

describe('printing', () => {
  it('hides the navigation and the theme button', async () => {
    const context = await contextWith('dark');
    const page = await context.newPage();
    await page.goto(site.origin + '/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.locator('theme-toggle').isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  it.each([
    ['Letter', 612, 792],
    ['A4', 595.28, 841.89],
  ] as const)('makes a %s PDF of the home page at that paper size', async (format, width, height) => {
    const context = await contextWith('light');
    const page = await context.newPage();
    await page.goto(site.origin + '/');
    const info = pdfInfo(await page.pdf({ format, preferCSSPageSize: false }));
    expect(info.pages).toBeGreaterThanOrEqual(1);
    // Chromium rounds paper sizes to whole pixels, so a point or two of difference is the same paper.
    expect(Math.abs(info.width - width)).toBeLessThan(2);
    expect(Math.abs(info.height - height)).toBeLessThan(2);
  });
});
