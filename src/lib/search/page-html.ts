import { decodeEntities } from './results.ts';
import { escapeHtml } from './record.ts';

/** Elements that have no content and no closing tag. */
const voidElement = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/** Where an element that opens at `open` ends: after its closing tag, or at the end of the page. */
function elementEnd(html: string, open: RegExpExecArray): { contentEnd: number; end: number } {
  const openEnd = open.index + open[0].length;
  if (voidElement.test(open[1]!) || open[0].endsWith('/>')) return { contentEnd: openEnd, end: openEnd };
  // A plain scan rather than an HTML parser: the elements are ones the site writes, and the scan only balances their tags.
  const tags = new RegExp(`<(/?)${open[1]}\\b[^>]*>`, 'gi');
  tags.lastIndex = openEnd;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return { contentEnd: tag.index, end: tag.index + tag[0].length };
  }
  return { contentEnd: html.length, end: html.length };
}

/** Where a built page's `data-pagefind-body` element is, and where its content starts and ends: what Pagefind indexes of it. */
function bodyRange(html: string): { start: number; contentStart: number; contentEnd: number; end: number } | undefined {
  const open = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i.exec(html);
  return open ? { start: open.index, contentStart: open.index + open[0].length, ...elementEnd(html, open) } : undefined;
}

/** Elements that Pagefind reads nothing of, and those whose words it leaves out of a page's text. */
const ignoredWhole = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore="all"[^>]*>/gi;
const ignoredText = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;

/** `markup` without the elements whose opening tags `opening` matches (a global pattern). */
function without(markup: string, opening: RegExp): string {
  let kept = '';
  let from = 0;
  opening.lastIndex = 0;
  for (let open = opening.exec(markup); open; open = opening.exec(markup)) {
    const { end } = elementEnd(markup, open);
    kept += markup.slice(from, open.index);
    from = opening.lastIndex = end;
  }
  return kept + markup.slice(from);
}

/**
 * The text Pagefind indexes of a page or record as it is given them: its body's, without what it is told to ignore,
 * scripts, styles and drawings (an SVG chart's title and description). A page's synonyms are found in it, and the
 * vocabulary is counted from it while Pagefind indexes, rather than read back from the fragments it writes
 * (tests/built/search-index.test.ts holds the two to the same words).
 */
export function indexedText(html: string): string {
  const markup = without(pageBody(html) ?? html, ignoredText).replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ');
  return decodeEntities(markup.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** A built page's `data-pagefind-body` element, as written, or undefined when it has none. */
export function pageBody(html: string): string | undefined {
  const range = bodyRange(html);
  return range && html.slice(range.start, range.end);
}

/**
 * What Pagefind is given of a built page: its `data-pagefind-body` element alone, without what it ignores whole,
 * with `extra` text added at its end at its weight (the synonyms of its words, which readers never get); undefined
 * for a page without a body. Once one page marks a body, Pagefind indexes nothing of a page outside it, and no page
 * without one, so the rest (half of a built page's bytes, and the library's pages whole) was parsed to be thrown
 * away. The site's pages keep their filters and metadata inside the body (tests/built/search-index.test.ts).
 */
export function pageForIndex(html: string, extra?: { text: string; weight: number }): string | undefined {
  const range = bodyRange(html);
  if (!range) return undefined;
  const added = extra ? `<p data-pagefind-weight="${extra.weight}">${escapeHtml(extra.text)}</p>` : '';
  const body = html.slice(range.start, range.contentEnd) + added + html.slice(range.contentEnd, range.end);
  return `<!doctype html><html lang="en"><body>${without(body, ignoredWhole)}</body></html>`;
}

/** The URL of a built page from its path in the site folder: `plays/x/index.html` is `/plays/x/`. */
export function pageUrl(path: string): string {
  return `/${path.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1')}`;
}
