import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { useSite } from '../support/site-test';
import { builtPages } from '../support/site-files';

const site = useSite();
const paths = builtPages().map((page) => page.path);

// Every page the build wrote, in both themes: colour contrast differs between them.
describe('axe on every built page', () => {
  it('has every page to check', () => {
    expect(paths.length).toBeGreaterThan(40);
    expect(paths).toContain('/tracks/showroom/test-drive/');
  });

  it.each(['light', 'dark'] as const)('finds no WCAG 2.2 A or AA violation and no broken best practice on any page in the %s theme', async (colorScheme) => {
    const { page } = await site.open('/', { colorScheme });
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(site.origin + path);
      // axe skips inert and unhydrated content: check the islands as the rep uses them.
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr], [inert]'));
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      violations.push(...(await axeViolations(page)).map((violation) => `${path} ${violation}`));
    }
    expect(violations).toEqual([]);
  }, 240_000);
});
