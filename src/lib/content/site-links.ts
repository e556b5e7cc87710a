import { didYouMean } from './issues.ts';

/** A page of the built site: its address (`/tracks/showroom/`) and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** A link that leads nowhere: to no page, or to an anchor its page does not have. */
export interface DeadLink {
  page: string;
  href: string;
  problem: string;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };
const decode = (text: string) => text.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, name: string) => ENTITIES[name]!);

/** Every id an HTML document gives an element. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1]!)));
}

/** Every link of an HTML document that stays on this site: same-page anchors, root-relative and relative hrefs. */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)]
    .map((match) => decode(match[1]!))
    .filter((href) => href !== '' && href !== '#' && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A page beside `path` whose last part is spelt nearly the same: `/tracks/showroom/tradein/` → `…/trade-in/`. */
function nearestPage(path: string, paths: Iterable<string>): string | undefined {
  const [parent, name] = [path.replace(/[^/]+\/?$/, ''), path.replace(/\/$/, '').split('/').pop() ?? ''];
  const siblings = new Map<string, string>();
  for (const candidate of paths) {
    if (candidate !== parent && candidate.startsWith(parent) && !candidate.slice(parent.length, -1).includes('/')) siblings.set(candidate.slice(parent.length).replace(/\/$/, ''), candidate);
  }
  const match = name ? didYouMean(name, siblings.keys()) : undefined;
  return match === undefined ? undefined : siblings.get(match);
}

/**
 * The links of `pages` that lead nowhere. A path is a page when one of `pages` has it, or a file when `isFile` says
 * so (a JSON file, an image); an anchor must be an id on its page, or one of the anchors that page's script
 * follows to another page (`followed`: the library's index looks old `/wordtracks/#<id>` links up).
 */
export function deadLinks(pages: BuiltPage[], isFile: (path: string) => boolean, followed: ReadonlyMap<string, ReadonlySet<string>> = new Map()): DeadLink[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: BuiltPage) => ids.get(page.path) ?? ids.set(page.path, idsIn(page.html)).get(page.path)!;
  const dead: DeadLink[] = [];
  for (const page of pages) {
    for (const href of new Set(internalLinks(page.html))) {
      const url = new URL(href, `https://site.invalid${page.path}`);
      const path = safeDecode(url.pathname);
      const target = byPath.get(path) ?? byPath.get(`${path}/`);
      const anchor = safeDecode(url.hash.slice(1));
      if (!target) {
        if (isFile(path)) continue;
        const suggestion = nearestPage(path, byPath.keys());
        dead.push({ page: page.path, href, problem: `leads to no page; ${suggestion ? `did you mean ${suggestion}?` : 'expected the address of a page of the site'}` });
      } else if (anchor && !idsOf(target).has(anchor) && !followed.get(target.path)?.has(anchor)) {
        const suggestion = didYouMean(anchor, idsOf(target));
        dead.push({ page: page.path, href, problem: `leads to no #${anchor} on ${target.path}; ${suggestion ? `did you mean #${suggestion}?` : 'expected the id of a heading, wordtrack or term on that page'}` });
      }
    }
  }
  return dead;
}
