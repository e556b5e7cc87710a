import { anchorOf, filteredLibraryTarget, lookupFileHref, lookupFileOf } from './lookup.ts';

/**
 * Follows an old library link from the page `element` is on: a filtered address goes to the search page's wordtrack
 * list, an anchor that is not on this page to the page that now holds its card. What cannot be followed is said in
 * the element's status line, as text.
 */
export async function followOldLink(element: HTMLElement): Promise<void> {
  const filtered = filteredLibraryTarget(location.search);
  if (filtered) return location.replace(filtered);
  const id = anchorOf(location.hash);
  if (!id || document.getElementById(id)) return;
  const status = element.querySelector('p')!;
  const say = (message: string) => Object.assign(status, { hidden: false, textContent: message });
  say(`Looking up the wordtrack “${id}”…`);
  try {
    const response = await fetch(lookupFileHref(lookupFileOf(id, Number(element.dataset.files))));
    if (!response.ok) throw new Error(String(response.status));
    const page = ((await response.json()) as Record<string, string>)[id];
    if (page && page !== location.pathname) return location.replace(page + location.hash);
    say(`No wordtrack “${id}” is in the library any more; it may have been renamed. Search for its words, or browse the tracks below.`);
  } catch {
    say(`The wordtrack “${id}” could not be looked up; check the connection, or browse the tracks below.`);
  }
}
