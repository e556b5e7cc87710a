import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = join(process.cwd(), 'dist');

/** Every HTML file of the built site, as its URL path and its text. */
export function builtPages(dir = distDir): { path: string; html: string }[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(dir).map((file) => ({
    path: '/' + relative(dir, file).replace(/index\.html$/, '').replace(/\\/g, '/'),
    html: readFileSync(file, 'utf8'),
  }));
}
