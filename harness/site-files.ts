import { join } from 'node:path';
import { readBuiltPages } from '../src/lib/content/built-pages.ts';

export const distDir = join(process.cwd(), 'dist');

/** Every HTML file of the built site, as its URL path and its text. */
export function builtPages(dir = distDir): { path: string; html: string }[] {
  return readBuiltPages(dir);
}
