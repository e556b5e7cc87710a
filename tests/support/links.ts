import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deadLinks } from '../../src/lib/content/site-links';

export { idsIn } from '../../src/lib/content/site-links';

/** The file a site path is served from, like a static host: `/a/` is `a/index.html`. */
export function fileForPath(dir: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean), join(dir, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate));
}

/** Links that point at no page, or at an anchor the page does not have: the build's own link check, as text. */
export function brokenLinks(dir: string, pages: { path: string; html: string }[]): string[] {
  const isFile = (path: string) => existsSync(join(dir, path)) && statSync(join(dir, path)).isFile();
  return deadLinks(pages, isFile).map((link) => `${link.page} → ${link.href}: ${link.problem}`);
}
