import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-test';
import { builtPages } from '../../harness/site-files';

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

describe('long unbroken text on a 320 px phone', () => {
  it('wraps wherever author text is shown: a word 20 screens wide in every text of every page keeps it on the screen', async () => {
    const { page } = await site.open('/', { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(site.origin + path);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr], [inert]'));
      const culprits = await page.evaluate(() => {
        const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
        const hosts = new Set<HTMLElement>();
        // Author text is shown in <main>; the header and footer hold only the site's own labels.
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const host = node.parentElement;
          // Labels the site sets in one line on purpose (phase badges, the scrolling navigation) hold no author text.
          if (!host || !node.textContent?.trim() || host.closest('script, style, svg, option, [hidden]') || getComputedStyle(host).whiteSpace === 'nowrap') continue;
          hosts.add(host);
        }
        // About 6,400 px of capital Ws: as wide as a 10,000-character wordtrack is for this test, and quicker to lay out.
        const word = 'W'.repeat(400);
        const added = [...hosts].map((host) => host.appendChild(document.createTextNode(word)));
        if (overflow() <= 0) return [hosts.size > 0 ? '' : 'no text found'].filter(Boolean);
        // Only when the page is too wide: which texts make it so, one at a time.
        added.forEach((text) => text.remove());
        return [...hosts].flatMap((host) => {
          const text = host.appendChild(document.createTextNode(word));
          const extra = overflow();
          text.remove();
          return extra > 0 ? [`<${host.tagName.toLowerCase()} class="${host.className}"> ${extra} px too wide`] : [];
        });
      });
      wide.push(...culprits.map((culprit) => `${path}: ${culprit}`));
    }
    expect(wide).toEqual([]);
  }, 120_000);
});
