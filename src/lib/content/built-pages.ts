import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuiltPage } from './site-links.ts';

/** Folders of the build that hold no pages: the search index and the bundled assets. */
const NOT_PAGES = new Set(['pagefind', '_astro']);

/** The path of every HTML file of a built site. */
export function builtPageFiles(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return NOT_PAGES.has(entry.name) ? [] : walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(dir);
}

/** Every HTML file of a built site, as its address (`index.html` dropped) and its text. */
export function readBuiltPages(dir: string): BuiltPage[] {
  return builtPageFiles(dir).map((file) => ({
    path: '/' + relative(dir, file).replaceAll('\\', '/').replace(/index\.html$/, ''),
    html: readFileSync(file, 'utf8'),
  }));
}
