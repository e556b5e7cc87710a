import { copyFromButton } from '../lib/copy';
import type { SearchResult } from '../lib/search/results';
import type { SearchAnswer } from '../lib/search/engine';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function resultItem(result: SearchResult): HTMLLIElement {
  const item = element('li', `search-result search-result--${result.kind}`);
  const link = element('a', 'search-result__link');
  link.href = result.url;
  link.append(element('span', 'search-result__title', result.kind === 'wordtrack' ? `“${result.title}”` : result.title));
  if (result.facts.length > 0) link.append(element('span', 'search-result__meta', result.facts.join(' · ')));
  if (result.kind !== 'wordtrack') {
    const excerpt = element('span', 'search-result__excerpt');
    excerpt.append(...result.excerpt.map((part) => (part.marked ? element('mark', '', part.text) : document.createTextNode(part.text))));
    link.append(excerpt);
  }
  item.append(link);
  if (result.kind === 'wordtrack') {
    const button = element('button', 'button button--small search-result__copy', 'Copy');
    button.type = 'button';
    button.setAttribute('aria-label', `Copy: ${result.title}`);
    button.addEventListener('click', () => copyFromButton(button, result.title));
    item.append(button);
  }
  return item;
}

/**
 * Renders results into `list` with DOM text nodes only: the query and the index never become HTML. From `looseFrom`
 * on, the results match only some of the query's words, and a line says so. With `from`, the results continue the
 * list from that position (the first ones show while the rest load) instead of replacing it.
 */
export function renderResults(list: HTMLElement, results: SearchResult[], looseFrom: number, from = 0): void {
  const items: HTMLLIElement[] = results.map(resultItem);
  const divider = looseFrom - from;
  if (divider >= 0 && divider < results.length) items.splice(divider, 0, element('li', 'search-results__loose', 'Matching some of your words'));
  if (from === 0) list.replaceChildren(...items);
  else list.append(...items);
}

/** Where the loose matches start among the first results shown. */
export function looseStart(answer: SearchAnswer, shown: number): number {
  const index = answer.hits.slice(0, shown).findIndex((hit) => !answer.exact.has(hit.id));
  return index === -1 ? shown : index;
}

/**
 * Says which query words match nothing, and offers the query searched instead: "“finacing” is not in the playbook.
 * Did you mean financing?" Empty when every word matched.
 */
export function renderCorrections(node: HTMLElement, answer: SearchAnswer, accept: (query: string) => void): void {
  const missing = [...answer.corrections.map((correction) => correction.from), ...answer.unmatched];
  node.replaceChildren();
  node.hidden = missing.length === 0;
  if (missing.length === 0) return;
  node.append(`${missing.map((word) => `“${word}”`).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not in the playbook.`);
  if (answer.corrections.length === 0) return;
  const button = element('button', 'link-button', answer.searched);
  button.type = 'button';
  button.addEventListener('click', () => accept(answer.searched));
  node.append(' Did you mean ', button, '?');
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
