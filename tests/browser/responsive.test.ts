import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-test';
import { builtPages } from '../support/site-files';

const site = useSite();
const paths = builtPages().map((page) => page.path);

describe('every built page on a 320 px phone', () => {
  it('fits the screen: nothing makes the page scroll sideways', async () => {
    const { page } = await site.open('/', { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(site.origin + path);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr], [inert]'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path} is ${overflow} px too wide`);
    }
    expect(paths.length).toBeGreaterThan(40);
    expect(wide).toEqual([]);
  }, 120_000);
});
