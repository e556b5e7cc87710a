import { decodeEntities } from './results.ts';
import { escapeHtml } from './record.ts';

/** Where a built page's `data-pagefind-body` element opens and closes: what Pagefind indexes of it. */
function bodyRange(html: string): { start: number; end: number } | undefined {
  const open = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i.exec(html);
  if (!open) return undefined;
  const openEnd = open.index + open[0].length;
  // A plain scan rather than an HTML parser: the element is one the site writes, and the scan only balances its tag.
  const tags = new RegExp(`<(/?)${open[1]}\\b[^>]*>`, 'gi');
  tags.lastIndex = openEnd;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return { start: openEnd, end: tag.index };
  }
  return { start: openEnd, end: html.length };
}

/** The text of a built page's `data-pagefind-body` element, or "" when it has none. */
export function pageBodyText(html: string): string {
  const range = bodyRange(html);
  if (!range) return '';
  const markup = html.slice(range.start, range.end).replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ');
  return decodeEntities(markup.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * The page as Pagefind indexes it, with `text` added at the end of its body at `weight`: the synonyms of its words,
 * which readers never get. A page without a body is as it was.
 */
export function pageForIndex(html: string, extra: { text: string; weight: number }): string {
  const range = bodyRange(html);
  if (!range) return html;
  const added = `<p data-pagefind-weight="${extra.weight}">${escapeHtml(extra.text)}</p>`;
  return html.slice(0, range.end) + added + html.slice(range.end);
}

/** The URL of a built page from its path in the site folder: `plays/x/index.html` is `/plays/x/`. */
export function pageUrl(path: string): string {
  return `/${path.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1')}`;
}
