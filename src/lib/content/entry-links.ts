import { didYouMean, type ContentIssue } from './issues.ts';
import type { CollectionName, RawEntry } from './source.ts';

/**
 * Links an author writes to the playbook's own pages, checked while writing: in `npm run dev` on every save, and
 * before a build renders anything. The addresses follow src/pages; the check of the built site
 * (integrations/link-check.ts) judges every other link and every heading anchor, and would catch a route that moved.
 */

/** The address of an entry's page, as src/pages routes it, or undefined for entries without a page of their own. */
export function entryPath(entry: Pick<RawEntry, 'collection' | 'id' | 'data'>): string | undefined {
  switch (entry.collection) {
    case 'tracks':
      return `/tracks/${entry.id}/`;
    case 'stages':
      return `/tracks/${String((entry.data as { track?: unknown }).track)}/${entry.id}/`;
    case 'phases':
    case 'foundations':
    case 'plays':
      return `/${entry.collection}/${entry.id}/`;
    default:
      return undefined;
  }
}

/** Where entries without a page of their own are shown: each has its anchor on a list page. */
const anchorPages: Partial<Record<CollectionName, string>> = { wordtracks: '/wordtracks/', glossary: '/glossary/' };
/** Sections whose pages are all entries: a link below them to no entry is dead. */
const entrySections = ['/tracks/', '/phases/', '/foundations/', '/plays/'];

export interface EntryAddresses {
  pages: Set<string>;
  anchors: Map<string, Set<string>>;
  /** Sections not judged because one of their files did not read. */
  unjudged: Set<string>;
}

export function entryAddresses(entries: RawEntry[], unjudged: ReadonlySet<CollectionName>): EntryAddresses {
  const addresses: EntryAddresses = { pages: new Set(entrySections), anchors: new Map(), unjudged: new Set() };
  for (const [collection, page] of Object.entries(anchorPages)) {
    addresses.anchors.set(page, new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.id)));
    if (unjudged.has(collection as CollectionName)) addresses.unjudged.add(page);
  }
  for (const entry of entries) {
    const path = entryPath(entry);
    if (path) addresses.pages.add(path);
  }
  // Stages live under /tracks/, so a track or stage that did not read leaves all of /tracks/ unjudged.
  for (const collection of unjudged) if (collection === 'tracks' || collection === 'stages') addresses.unjudged.add('/tracks/');
  for (const collection of unjudged) if (entrySections.includes(`/${collection}/`)) addresses.unjudged.add(`/${collection}/`);
  return addresses;
}

/** The problem with a link written in `entry`'s MDX, if it points into the playbook's entries and misses. */
export function entryLinkProblem(href: string, from: string, addresses: EntryAddresses): string | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return undefined;
  const url = new URL(href, `https://site.invalid${from}`);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const anchor = url.hash.slice(1);
  const section = entrySections.find((candidate) => path.startsWith(candidate));
  if (section && !addresses.unjudged.has(section) && !addresses.pages.has(path)) {
    const parent = path.replace(/[^/]+\/$/, '');
    const siblings = [...addresses.pages].filter((page) => page.startsWith(parent) && page !== parent && !page.slice(parent.length, -1).includes('/'));
    const name = path.slice(parent.length, -1);
    const suggestion = didYouMean(name, siblings.map((page) => page.slice(parent.length, -1)));
    return `leads to no page; ${suggestion ? `did you mean ${parent}${suggestion}/?` : `expected the address of a page under ${section}`}`;
  }
  const ids = addresses.anchors.get(path);
  if (ids && anchor && !addresses.unjudged.has(path) && !ids.has(anchor)) {
    const suggestion = didYouMean(anchor, ids);
    return `leads to no #${anchor} on ${path}; ${suggestion ? `did you mean #${suggestion}?` : `expected the id of an entry listed there`}`;
  }
  return undefined;
}

/** One message for each link of an MDX body that misses an entry. */
export function entryLinkIssues(
  entry: RawEntry,
  links: { href: string; line?: number }[],
  addresses: EntryAddresses,
  kind: string,
): ContentIssue[] {
  const from = entryPath(entry) ?? '/';
  return links.flatMap(({ href, line }) => {
    const problem = entryLinkProblem(href, from, addresses);
    return problem ? [{ file: entry.file, line, kind, id: entry.id, field: `link "${href}"`, detail: problem }] : [];
  });
}
