import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { useSite } from '../support/site-test';
import { builtPages } from '../../harness/site-files';

const site = useSite();
const paths = builtPages().map((page) => page.path);

// Every page the build wrote, in both themes: colour contrast differs between them.
describe('axe on every built page', () => {
  it('has every page to check', () => {
    expect(paths.length).toBeGreaterThan(40);
    expect(paths).toContain('/tracks/showroom/test-drive/');
  });
});

// One test per page, so the sweep's time limit does not shrink as the playbook grows, and a failure names its page.
// The library and the phase pages carry every wordtrack of their set, so axe takes longest there.
describe.each(['light', 'dark'] as const)('axe in the %s theme', (colorScheme) => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await site.open('/', { colorScheme }));
  });

  it.each(paths)('finds no WCAG 2.2 A or AA violation and no broken best practice on %s', async (path) => {
    await page.goto(site.origin + path);
    // axe skips inert and unhydrated content: check the islands as the rep uses them.
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr], [inert]'));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);
});
