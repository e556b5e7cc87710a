import { highlightParam } from '../lib/search/highlight';

interface HighlightOptions {
  highlightParam: string;
  markContext: string;
  markOptions: { className: string; exclude: string[] };
  addStyles: boolean;
}

/**
 * Marks the words of the search that led here, with Pagefind's highlight script (loaded only for such a visit).
 * Wordtrack cards are left out of the page's index, so the whole main area is marked, not only the indexed part; the
 * breadcrumbs and previous/next links are not. Without an anchor to land on, the first mark is scrolled into view.
 */
export async function highlightLanding(): Promise<void> {
  const url = '/pagefind/pagefind-highlight.js';
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as { default: new (options: HighlightOptions) => unknown };
  new PagefindHighlight({
    highlightParam,
    markContext: 'main',
    markOptions: { className: 'search-highlight', exclude: ['.breadcrumbs', '.breadcrumbs *', '.pager', '.pager *'] },
    addStyles: false,
  });
  if (!location.hash) document.querySelector('main .search-highlight')?.scrollIntoView({ block: 'center' });
}
