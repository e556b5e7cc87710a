import { formatIssue, type ContentIssue } from './issues.ts';
import type { PlaybookSource } from './source.ts';
import { scanMdx } from './mdx-scan.ts';
import type { DeadLink } from './site-links.ts';

/** Where each link an MDX body writes sits, by the href as written: what a dead link on a built page came from. */
export function contentLinkSources(source: PlaybookSource, kindOf: (collection: string) => string): Map<string, ContentIssue[]> {
  const sources = new Map<string, ContentIssue[]>();
  for (const entry of source.entries) {
    if (entry.body === undefined) continue;
    for (const { href, line } of scanMdx(entry.body, entry.bodyLine).links) {
      sources.set(href, [...(sources.get(href) ?? []), { file: entry.file, line, kind: kindOf(entry.collection), id: entry.id }]);
    }
  }
  return sources;
}

/**
 * One message per dead link and the place that wrote it: the MDX file and line when an MDX body wrote the href, or
 * else the route's template, once for all the pages it built with that link.
 */
export function deadLinkMessages(dead: DeadLink[], fromContent: Map<string, ContentIssue[]>, routeOf: (page: string) => string): string[] {
  const grouped = new Map<string, { issue: ContentIssue; pages: string[] }>();
  for (const link of dead) {
    for (const at of fromContent.get(link.href) ?? [{ file: routeOf(link.page) }]) {
      const key = `${at.file}:${at.line ?? ''}\n${link.href}`;
      const group = grouped.get(key) ?? { issue: { ...at, field: `link "${link.href}"`, detail: link.problem }, pages: [] };
      group.pages.push(link.page);
      grouped.set(key, group);
    }
  }
  return [...grouped.values()].map(({ issue, pages }) => {
    const shown = issue.kind ? '' : ` (on ${pages.length === 1 ? pages[0] : `${pages.length} pages, such as ${pages[0]}`})`;
    return formatIssue({ ...issue, field: `${issue.field}${shown}` });
  });
}
