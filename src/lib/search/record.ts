/**
 * One search result as the build hands it to Pagefind: a wordtrack, a glossary term, any record that is not a page
 * of its own. Rendered as a small HTML document (`recordHtml`) because only HTML carries Pagefind's weights.
 */
export interface SearchRecord {
  /** Where the result leads: an anchor on a page, such as /wordtracks/#td-open-1. */
  url: string;
  /** The result's heading and its strongest words: the wordtrack's text, the term. */
  title: string;
  /** Searchable text after the title, each with its Pagefind weight (body text is 1, a title 7). */
  parts: { text: string; weight: number }[];
  /** Shown with the result, and searchable: Pagefind searches metadata too. */
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe inside an element or a quoted attribute. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char]!);

/**
 * The record as the HTML Pagefind indexes: the title and parts inside `data-pagefind-body`, the metadata and filters
 * outside it, so they describe the record without being read as its text or its excerpt.
 */
export function recordHtml(record: SearchRecord): string {
  const tagged = (attribute: string, values: [string, string][]) =>
    values.map(([name, value]) => `<span ${attribute}="${escapeHtml(name)}">${escapeHtml(value)}</span>`).join('');
  const parts = record.parts
    .filter((part) => part.text.trim())
    .map((part) => `<p data-pagefind-weight="${part.weight}">${escapeHtml(part.text)}</p>`)
    .join('');
  const filters = Object.entries(record.filters).flatMap(([name, values]) => values.map((value): [string, string] => [name, value]));
  return (
    `<!doctype html><html lang="en"><head><title>${escapeHtml(record.title)}</title></head><body>` +
    `<main data-pagefind-body><h1>${escapeHtml(record.title)}</h1>${parts}</main>` +
    `<footer>${tagged('data-pagefind-meta', Object.entries(record.meta))}${tagged('data-pagefind-filter', filters)}</footer>` +
    `</body></html>`
  );
}
