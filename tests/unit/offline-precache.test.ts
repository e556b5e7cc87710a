import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { planPrecache, PRECACHE_LIMIT_BYTES, PrecacheLimitError, tierOf, type PrecacheEntry } from '../../src/lib/offline/precache';
import { OFFLINE_PAGE } from '../../src/lib/offline/runtime-caching';
import { manifestScripts, PRECACHE_PARTS_GLOBAL, type CompactEntry } from '../../src/lib/offline/manifest-scripts';

const entry = (url: string, size = 1000): PrecacheEntry => ({ url, size, revision: 'r' });
const urls = (entries: PrecacheEntry[]) => entries.map((item) => item.url);

// The files of a small built site, one of each kind.
const shell = ['_astro/BaseLayout.abc.css', '_astro/Planner.abc.js', 'favicon.svg', 'manifest.webmanifest', 'icons/icon-192.png', 'offline/index.html'];
const search = [
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.en.pagefind',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_a2166d48aa.pf_meta',
  'pagefind/index/en_b3c372f.pf_index',
  'pagefind/filter/en_bdad3c1.pf_filter',
  'search/index.html',
];
const tools = ['index.html', 'wordtracks/index.html', 'plan/index.html', 'plan/coach.json', 'plan/wordtracks/showroom.json', 'plan/sheet/index.html', 'check/index.html'];

describe('what each built file is to the offline copy', () => {
  it.each(shell.map((url) => [url]))('%s is part of the shell', (url) => expect(tierOf(url)).toBe('shell'));
  it.each(search.map((url) => [url]))('%s is part of search', (url) => expect(tierOf(url)).toBe('search'));
  it.each(tools.map((url) => [url]))('%s is one of the rep’s tools', (url) => expect(tierOf(url)).toBe('tools'));

  it('keeps search results, other files and reading pages apart', () => {
    expect(tierOf('pagefind/fragment/en_0ccd371.pf_fragment')).toBe('search-results');
    expect(tierOf('tracks/showroom/test-drive/index.html')).toBe('pages');
    expect(tierOf('glossary/index.html')).toBe('pages');
    expect(tierOf('images/map.png')).toBe('assets');
  });

  it.each([['sw.js'], ['sw-manifest-0123456789ab.js'], ['404.html'], ['.build-stamp'], ['tracks/.draft/index.html'], ['pagefind/pagefind-ui.js'], ['pagefind/pagefind-component-ui.css'], ['pagefind/pagefind-highlight.js']])(
    'never precaches %s',
    (url) => expect(tierOf(url)).toBeUndefined(),
  );

  it('precaches the offline page that the worker falls back to', () => {
    expect(tierOf(OFFLINE_PAGE.slice(1))).toBe('shell');
  });
});

describe('choosing the precache', () => {
  const pages = ['tracks/showroom/test-drive/index.html', 'foundations/index.html', 'tracks/consultative/prove-fit/index.html', 'plays/price-in-first-meeting/index.html'];
  const site = [...pages, 'pagefind/fragment/en_1.pf_fragment', ...tools, 'sw.js', ...search, ...shell].map((url) => entry(url));

  it('takes every file a reader needs when the site fits, and nothing that is never precached', () => {
    const plan = planPrecache(site);
    expect(urls(plan.precached).sort()).toEqual(urls(site).filter((url) => url !== 'sw.js').sort());
    expect(plan.deferred).toEqual([]);
    expect(plan.bytes).toBe(plan.precached.length * 1000);
  });

  it('lists the shell, search and tools first, then fragments, then section pages before the pages inside them', () => {
    const order = urls(planPrecache(site).precached);
    const last = (group: string[]) => Math.max(...group.map((url) => order.indexOf(url)));
    expect(last([...shell, ...search, ...tools])).toBeLessThan(order.indexOf('pagefind/fragment/en_1.pf_fragment'));
    expect(order.indexOf('pagefind/fragment/en_1.pf_fragment')).toBeLessThan(order.indexOf('foundations/index.html'));
    expect(order.slice(-4)).toEqual(['foundations/index.html', 'plays/price-in-first-meeting/index.html', 'tracks/consultative/prove-fit/index.html', 'tracks/showroom/test-drive/index.html']);
  });

  it('stays within the limit on a large playbook and leaves the rest to be cached as read', () => {
    const stages = Array.from({ length: 3000 }, (_, index) => entry(`tracks/t${Math.floor(index / 10)}/s${index}/index.html`, 30_000));
    const plan = planPrecache([...site, ...stages]);
    expect(plan.bytes).toBeLessThanOrEqual(PRECACHE_LIMIT_BYTES);
    expect(plan.bytes).toBeGreaterThan(PRECACHE_LIMIT_BYTES - 30_000);
    expect(plan.bytes).toBe(plan.precached.reduce((sum, item) => sum + item.size, 0));
    expect(plan.precached.length + plan.deferred.length).toBe(site.length - 1 + stages.length);
    expect(urls(plan.precached)).toEqual(expect.arrayContaining([...shell, ...search, ...tools]));
    expect(plan.deferred.every((item) => tierOf(item.url) === 'pages')).toBe(true);
  });

  it('cuts a tier at its first file that does not fit, so the saved pages are the first ones in order', () => {
    const plan = planPrecache([...shell, ...search, ...tools].map((url) => entry(url, 10)).concat([entry('a/index.html', 50), entry('b/index.html', 500), entry('c/index.html', 5)]), 21 * 10 + 100);
    expect(urls(plan.precached)).toContain('a/index.html');
    expect(urls(plan.deferred)).toEqual(['b/index.html', 'c/index.html']);
  });

  it('fails with the figure when the shell, search and tools alone are over the limit', () => {
    const huge = [...site, entry('plan/coach.json', PRECACHE_LIMIT_BYTES)];
    expect(() => planPrecache(huge)).toThrow(PrecacheLimitError);
    expect(() => planPrecache(huge)).toThrow(/alone take 25\.0 MB, over the precache limit of 25\.0 MB/);
  });
});

describe('the scripts that carry the precache list', () => {
  const list = Array.from({ length: 7 }, (_, index) => ({ url: `page-${index}/index.html`, revision: index % 2 ? null : `rev${index}` }));
  const run = (scripts: string[]) => {
    const scope: Record<string, CompactEntry[][] | undefined> = {};
    for (const script of scripts) runInNewContext(script, { self: scope });
    return scope[PRECACHE_PARTS_GLOBAL]!.flat();
  };

  it('hold the whole list in order, a bare address where the name carries the hash', () => {
    const scripts = manifestScripts(list, 3);
    expect(scripts).toHaveLength(3);
    expect(run(scripts)).toEqual(list.map(({ url, revision }) => (revision === null ? url : { url, revision })));
  });

  it('still write one script for an empty list, so the worker has something to import', () => {
    expect(run(manifestScripts([]))).toEqual([]);
  });
});
