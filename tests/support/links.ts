import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file a site path is served from, like a static host: `/a/` is `a/index.html`. */
export function fileForPath(dir: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean), join(dir, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate));
}

/** Every id attribute in an HTML document. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/** Every link to this site in an HTML document: same-page anchors and root-relative hrefs. */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((match) => match[1]!).filter((href) => href.startsWith('/') || href.startsWith('#'));
}

/** Links that point at no page, or at an anchor the page does not have. */
export function brokenLinks(dir: string, pages: { path: string; html: string }[]): string[] {
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => idCache.get(file) ?? idCache.set(file, idsIn(readFileSync(file, 'utf8'))).get(file)!;
  const broken: string[] = [];
  for (const page of pages) {
    for (const href of internalLinks(page.html)) {
      const [path, anchor] = href.split('#') as [string, string | undefined];
      const file = path ? fileForPath(dir, path) : fileForPath(dir, page.path);
      if (!file) broken.push(`${page.path} → ${href} (no such page)`);
      else if (anchor && !idsOf(file).has(decodeURIComponent(anchor))) broken.push(`${page.path} → ${href} (no such anchor)`);
    }
  }
  return broken;
}
