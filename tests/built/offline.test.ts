import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { CompactEntry } from '../../src/lib/offline/manifest-scripts';
import { builtPages, distDir } from '../../harness/site-files';

const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
/** The scripts the worker imports for its precache list, as the build named them in it. */
const manifestScripts = JSON.parse(/importScripts\((?:\.\.\.)?(\[[^\]]*\])\)/.exec(worker)?.[1] ?? '[]') as string[];
/** The precache list, read by running those scripts as the worker does. */
const entries: CompactEntry[] = manifestScripts.flatMap((script) => {
  const scope: { attunePrecacheParts?: CompactEntry[][] } = {};
  runInNewContext(readFileSync(join(distDir, script), 'utf8'), { self: scope });
  return scope.attunePrecacheParts!.flat();
});
const precached = new Set(entries.map((entry) => (typeof entry === 'string' ? entry : entry.url)));
const filesUnder = (folder: string): string[] =>
  readdirSync(join(distDir, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)));

const pages = builtPages();
const css = readFileSync('src/styles/global.css', 'utf8');
/** The page background of each theme, as the stylesheet declares it. */
const background = {
  light: /:root\s*\{[^}]*--bg:\s*(#[0-9a-f]+)/i.exec(css)![1],
  dark: /:root\[data-theme='dark'\]\s*\{[^}]*--bg:\s*(#[0-9a-f]+)/i.exec(css)![1],
};

describe('the service worker of the built site', () => {
  it('is one classic script that imports its precache list from scripts named by their content', () => {
    expect(worker).not.toContain('__PRECACHE_SCRIPTS');
    expect(worker).not.toMatch(/^\s*import\s|\bimport\s*\{/m);
    expect(manifestScripts.length).toBeGreaterThan(0);
    expect(manifestScripts.every((script) => /^\/sw-manifest-[0-9a-f]{12}\.js$/.test(script))).toBe(true);
    expect(precached.size).toBe(entries.length);
    expect(precached.size).toBeGreaterThan(100);
  });

  it('gives a revision to each precached file whose name does not carry its content’s hash', () => {
    const unversioned = entries.filter((entry) => typeof entry === 'string' && !/^(_astro|pagefind\/(fragment|index|filter))\/|\.pf_meta$/.test(entry));
    expect(unversioned).toEqual([]);
    expect(entries.some((entry) => typeof entry === 'object' && entry.url === 'index.html' && /^[0-9a-f]{32}$/.test(entry.revision))).toBe(true);
  });

  it('precaches every file of the search index that Pagefind wrote, but not its unused UI bundles', () => {
    const index = filesUnder('pagefind');
    const unused = index.filter((file) => /pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file));
    expect(unused.length).toBeGreaterThan(0);
    expect(index.filter((file) => !unused.includes(file) && !precached.has(file))).toEqual([]);
    expect(unused.filter((file) => precached.has(file))).toEqual([]);
    expect([...precached].filter((url) => /wasm\.\w+\.pagefind$|\.pf_meta$|pagefind-entry\.json$|pagefind-worker\.js$/.test(url)).length).toBeGreaterThanOrEqual(4);
  });

  it('precaches every page of the real playbook, the planner’s data, the scripts and styles, and the app’s icons', () => {
    const expected = [
      ...pages.filter((page) => page.path !== '/404.html').map((page) => relative('/', page.path.endsWith('/') ? `${page.path}index.html` : page.path)),
      ...filesUnder('_astro'),
      ...filesUnder('icons'),
      'plan/coach.json',
      'plan/wordtracks/showroom.json',
      'plan/wordtracks/consultative.json',
      'manifest.webmanifest',
      'favicon.svg',
    ];
    expect(expected.filter((file) => !precached.has(file))).toEqual([]);
    expect([...precached].filter((url) => url.startsWith('sw'))).toEqual([]);
  });
});

describe('the installable app', () => {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8')) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; type: string; sizes: string; purpose: string }[];
  };

  it('has a name, a start page, and the light theme’s colours', () => {
    expect(manifest.short_name).toBe('Attune');
    expect(manifest.name).toContain('sales playbook');
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toBe(background.light);
    expect(manifest.background_color).toBe(background.light);
  });

  it('lists the SVG favicon and PNG icons that exist at the sizes it claims, one of them maskable', () => {
    expect(manifest.icons.some((icon) => icon.src === '/favicon.svg' && icon.type === 'image/svg+xml')).toBe(true);
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of pngs) {
      const png = readFileSync(join(distDir, icon.src));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
  });

  it('is linked from every page, with a bar colour for each theme and the worker’s registration', () => {
    const missing = pages.filter(
      ({ html }) =>
        !html.includes('<link rel="manifest" href="/manifest.webmanifest">') ||
        !html.includes(`<meta name="theme-color" content="${background.light}" media="(prefers-color-scheme: light)">`) ||
        !html.includes(`<meta name="theme-color" content="${background.dark}" media="(prefers-color-scheme: dark)">`) ||
        // Inline, so the size budget of each page weighs it (tests/built/budgets.test.ts).
        !/<script type="module">[^<]*register\(`\/sw\.js`\)/.test(html),
    );
    expect(missing.map((page) => page.path)).toEqual([]);
  });
});
