import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltPages } from '../../src/lib/content/built-pages';

const root = mkdtempSync(join(tmpdir(), 'attune-built-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function siteWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'dist-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('the pages of a built site', () => {
  it('are its HTML files at their addresses, a folder’s index at the folder', () => {
    const dir = siteWith({ 'index.html': 'home', 'plays/price-first/index.html': 'play', '404.html': 'lost' });
    const pages = readBuiltPages(dir).sort((a, b) => a.path.localeCompare(b.path));
    expect(pages).toEqual([
      { path: '/', html: 'home' },
      { path: '/404.html', html: 'lost' },
      { path: '/plays/price-first/', html: 'play' },
    ]);
  });

  it('leave out the search index, the bundled assets and files that are not HTML', () => {
    const dir = siteWith({ 'index.html': 'home', 'pagefind/fragment/index.html': 'x', '_astro/chunk/index.html': 'x', 'sw.js': 'x', 'plays/index.htm': 'x', 'icons/notes.html.txt': 'x' });
    expect(readBuiltPages(dir)).toEqual([{ path: '/', html: 'home' }]);
  });

  it('keep a folder that only looks like the search index', () => {
    const dir = siteWith({ 'plays/pagefind-tips/index.html': 'tips' });
    expect(readBuiltPages(dir)).toEqual([{ path: '/plays/pagefind-tips/', html: 'tips' }]);
  });
});
