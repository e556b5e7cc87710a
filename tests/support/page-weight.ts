import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One resource a page loads, with its size as a host that gzips would send it. */
export interface Resource {
  name: string;
  gzip: number;
}

/** What a built page costs before the reader does anything: its HTML, the JavaScript and the CSS it loads. */
export interface PageWeight {
  page: string;
  html: number;
  scripts: Resource[];
  styles: Resource[];
}

const gzipSize = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

export const total = (resources: Resource[]): number => resources.reduce((sum, resource) => sum + resource.gzip, 0);

// Static `import … from "x"`, bare `import "x"` and `export … from "x"`; never `import("x")`, which waits for use.
const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** A module and every module it imports statically, each once: what the browser fetches before running it. */
function moduleGraph(dist: string, url: string, seen: Set<string>): void {
  if (seen.has(url)) return;
  seen.add(url);
  const source = readFileSync(join(dist, url), 'utf8');
  for (const [, specifier = ''] of source.matchAll(staticImport)) {
    moduleGraph(dist, specifier.startsWith('/') ? specifier : posix.join(posix.dirname(url), specifier), seen);
  }
}

/** Weighs the built page at URL path `page` whose markup is `html`, loading its assets from `dist`. */
export function weighPage(dist: string, page: string, html: string): PageWeight {
  const modules = new Set<string>();
  const inline: Resource[] = [];
  for (const [, tag = '', body = ''] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
    const type = attribute(tag, 'type');
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    const src = attribute(tag, 'src');
    if (src) moduleGraph(dist, src, modules);
    else if (body.trim()) inline.push({ name: `inline script ${inline.length + 1}`, gzip: gzipSize(body) });
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attribute(tag, name);
      if (url) moduleGraph(dist, url, modules);
    }
  }
  const scripts = [...inline, ...[...modules].map((url) => ({ name: url, gzip: gzipSize(readFileSync(join(dist, url))) }))];

  const styles: Resource[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attribute(tag, 'href');
    if (attribute(tag, 'rel') === 'stylesheet' && href) styles.push({ name: href, gzip: gzipSize(readFileSync(join(dist, href))) });
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    styles.push({ name: `inline style ${styles.length + 1}`, gzip: gzipSize(body) });
  }

  return { page, html: gzipSize(html), scripts, styles };
}
