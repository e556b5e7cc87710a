import { loadSearch } from './pagefind-client';
import { looseStart, moveFocus, renderCorrections, renderResults } from './render-results';
import { resultCountText, toSearchResult } from '../lib/search/results';

const SHOWN = 8;
/** Typing pauses this long before a search runs, so each keystroke does not start one. */
const PAUSE_MS = 120;
let dialog: HTMLDialogElement | undefined;
let returnFocus: HTMLElement | null = null;

function build(): HTMLDialogElement {
  const node = document.createElement('dialog');
  node.className = 'search-dialog';
  node.setAttribute('aria-label', 'Search the playbook');
  node.innerHTML = `
    <div class="search-dialog__bar" role="search">
      <label class="visually-hidden" for="search-dialog-input">Search wordtracks and pages</label>
      <input id="search-dialog-input" type="search" autocomplete="off" spellcheck="false" placeholder="Search wordtracks and pages" />
      <button type="button" class="button" data-close>Close</button>
    </div>
    <p class="search-dialog__count" role="status" aria-live="polite"></p>
    <p class="search-notice" hidden data-corrections></p>
    <ul class="search-results" data-results></ul>
    <p class="search-dialog__more"><a href="/search/">Open full search with filters</a> <span class="muted">↑ ↓ to move, Enter to open, Esc to close</span></p>`;
  document.body.append(node);

  const input = node.querySelector('input')!;
  const list = node.querySelector<HTMLElement>('[data-results]')!;
  const count = node.querySelector('[role="status"]')!;
  const corrections = node.querySelector<HTMLElement>('[data-corrections]')!;
  const more = node.querySelector<HTMLAnchorElement>('.search-dialog__more a')!;
  let runId = 0;

  const run = async () => {
    const id = ++runId;
    const query = input.value.trim();
    more.href = query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
    if (!query) {
      list.replaceChildren();
      count.textContent = '';
      corrections.hidden = true;
      return;
    }
    const search = await loadSearch();
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    if (id !== runId) return;
    const answer = await search.search(query);
    const results = await Promise.all(answer.hits.slice(0, SHOWN).map((hit) => hit.data()));
    if (id !== runId) return;
    renderResults(list, results.map((data) => toSearchResult(data, answer.highlight)), looseStart(answer, SHOWN));
    list.dataset.query = query;
    renderCorrections(corrections, answer, (corrected) => {
      input.value = corrected;
      void run();
    });
    count.textContent = resultCountText(answer.hits.length, query);
  };

  input.addEventListener('input', run);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      list.querySelector<HTMLAnchorElement>('a')?.click();
    }
  });
  node.addEventListener('keydown', (event) => {
    // Chrome's search field eats the first Esc to clear itself; Esc here always closes, as the hint promises.
    if (event.key === 'Escape') {
      event.preventDefault();
      node.close();
    } else moveFocus(event, input, list);
  });
  node.querySelector('[data-close]')!.addEventListener('click', () => node.close());
  node.addEventListener('click', (event) => {
    if (event.target === node) node.close();
  });
  node.addEventListener('close', () => returnFocus?.focus());
  return node;
}

let styles: Promise<void> | undefined;

function loadStyles(href: string): Promise<void> {
  return (styles ??= new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  }));
}

/**
 * Opens the search dialog with its stylesheet at `stylesheet`; focus returns to `opener` when it closes. `typed()`
 * gives what the reader typed while the dialog loaded, read once the dialog's field has focus, and it becomes the
 * query instead of being lost.
 */
export async function openSearch(opener: HTMLElement | null, stylesheet: string, typed: () => string = () => ''): Promise<void> {
  returnFocus = opener;
  void loadSearch();
  await loadStyles(stylesheet);
  dialog ??= build();
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector('input')!;
  input.focus();
  const early = typed();
  if (early) {
    input.value = early;
    input.setSelectionRange(early.length, early.length);
    input.dispatchEvent(new Event('input'));
  } else input.select();
}
