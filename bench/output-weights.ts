import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { total, weighPage } from '../tests/support/page-weight.ts';

/** One file a reader may fetch, and its size gzipped as a host would send it. */
export interface Weighed {
  path: string;
  gzipBytes: number;
}

export interface FirstVisit extends Weighed {
  /** The HTML, the CSS and the JavaScript the page loads before the reader does anything, each gzipped. */
  html: number;
  styles: number;
  scripts: number;
}

export interface OutputWeights {
  largestPage: Weighed;
  /** The largest page that is not one of the tools (`TOOL_PAGES`): what a rep reads. */
  largestReadingPage: Weighed;
  /** The largest file that is neither a page nor Pagefind's nor a bundled script or style sheet. */
  largestDataFile: Weighed;
  /** A first visit to the library's index, and to its heaviest page. */
  libraryIndex: FirstVisit;
  libraryPage: FirstVisit;
}

/** The pages whose weight is their island or their search: budgeted by the tests, not as reading pages. */
export const TOOL_PAGES = new Set(['/plan/', '/check/', '/search/']);

const gzipBytes = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const largest = (files: Weighed[]): Weighed => files.reduce((big, file) => (file.gzipBytes > big.gzipBytes ? file : big), { path: '(none)', gzipBytes: 0 });

/** Weighs every file of a built site that readers fetch, outside Pagefind's files and the bundled assets. */
export function weighOutput(dist: string): OutputWeights {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => '/' + relative(dist, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .filter((path) => !path.startsWith('/pagefind/') && !path.startsWith('/_astro/'));
  const pages: (Weighed & { html: string })[] = [];
  const data: Weighed[] = [];
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    if (file.endsWith('.html')) pages.push({ path: file.replace(/index\.html$/, ''), gzipBytes: gzipBytes(bytes), html: bytes.toString('utf8') });
    else data.push({ path: file, gzipBytes: gzipBytes(bytes) });
  }
  const visit = (page: (typeof pages)[number]): FirstVisit => {
    const weight = weighPage(dist, page.path, page.html);
    const [styles, scripts] = [total(weight.styles), total(weight.scripts)];
    return { path: page.path, html: weight.html, styles, scripts, gzipBytes: weight.html + styles + scripts };
  };
  const library = pages.filter((page) => page.path.startsWith('/wordtracks/') && page.path !== '/wordtracks/');
  const index = pages.find((page) => page.path === '/wordtracks/');
  if (!index || library.length === 0) throw new Error(`${dist} has no wordtrack library (/wordtracks/ and its track pages)`);
  const strip = ({ path, gzipBytes }: Weighed): Weighed => ({ path, gzipBytes });
  return {
    largestPage: strip(largest(pages)),
    largestReadingPage: strip(largest(pages.filter((page) => !TOOL_PAGES.has(page.path)))),
    largestDataFile: largest(data),
    libraryIndex: visit(index),
    libraryPage: visit(library.reduce((big, page) => (page.gzipBytes > big.gzipBytes ? page : big))),
  };
}
