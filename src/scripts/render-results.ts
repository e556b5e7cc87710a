import type { SearchResult } from '../lib/search-results';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function copy(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Copy failed';
  }
  setTimeout(() => (button.textContent = 'Copy'), 2000);
}

/** Renders results into `list` with DOM text nodes only: the query and the index never become HTML. */
export function renderResults(list: HTMLElement, results: SearchResult[]): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = element('li', `search-result search-result--${result.kind}`);
      const link = element('a', 'search-result__link');
      link.href = result.url;
      link.append(element('span', 'search-result__title', result.kind === 'wordtrack' ? `“${result.title}”` : result.title));
      if (result.kind === 'wordtrack') {
        link.append(element('span', 'search-result__meta', [result.phase, result.intent, result.stage].filter(Boolean).join(' · ')));
      } else {
        const excerpt = element('span', 'search-result__excerpt');
        excerpt.append(...result.excerpt.map((part) => (part.marked ? element('mark', '', part.text) : document.createTextNode(part.text))));
        link.append(excerpt);
      }
      item.append(link);
      if (result.kind === 'wordtrack') {
        const button = element('button', 'button button--small search-result__copy', 'Copy');
        button.type = 'button';
        button.setAttribute('aria-label', `Copy: ${result.title}`);
        button.addEventListener('click', () => copy(result.title, button));
        item.append(button);
      }
      return item;
    }),
  );
}

/** Arrow keys move focus between the result links (and from the search box into them); returns true when handled. */
export function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-result__link')];
  if (links.length === 0) return false;
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  event.preventDefault();
  if (event.key === 'ArrowDown') links[Math.min(current + 1, links.length - 1)]!.focus();
  else if (current <= 0) input.focus();
  else links[current - 1]!.focus();
  return true;
}
