import type { ContentIssue } from '../content-issues.ts';
import type { CollectionName, PlaybookSource } from '../content-source.ts';

/** A path inside the content folder as messages name it: `content/stages/`, or `stages/` when the project is the content. */
export const inContent = (contentDir: string, name: string) => `${contentDir === '.' ? '' : `${contentDir}/`}${name}`;

/** Collections the site cannot do without, where their entries live, and what an author should put there. */
const required: { collection: CollectionName; home: string; kind: string; expected: string }[] = [
  { collection: 'tracks', home: 'tracks.yaml', kind: 'tracks', expected: 'a list of tracks, each starting with "- id:"' },
  { collection: 'stages', home: 'stages/', kind: 'stages', expected: 'a file per stage, stages/<track>/<stage>.mdx' },
  { collection: 'phases', home: 'phases/', kind: 'phases', expected: 'the files 1.mdx, 2.mdx and 3.mdx' },
  { collection: 'wordtracks', home: 'wordtracks/', kind: 'wordtracks', expected: 'a file per stage, wordtracks/<track>/<stage>.yaml' },
];

/**
 * Collections some of whose entries are unknown: a file did not read, a wordtrack file has no list, or there are none.
 * A link into one of them may point at an entry that is there but unread, so it is not judged: one mistake, one message.
 */
export function unjudgedCollections(source: PlaybookSource): Set<CollectionName> {
  const collections = new Set<CollectionName>(source.unreadable ?? []);
  if (source.wordtrackFiles.some((file) => !Array.isArray((file.data as { wordtracks?: unknown } | null)?.wordtracks))) collections.add('wordtracks');
  for (const { collection } of required) if (!source.entries.some((entry) => entry.collection === collection)) collections.add(collection);
  return collections;
}

/** One message for each required collection with no entries at all, where no unreadable file explains it. */
export function missingCollectionIssues(source: PlaybookSource, contentDir: string): ContentIssue[] {
  return required
    .filter(({ collection }) => !source.unreadable?.includes(collection) && !source.entries.some((entry) => entry.collection === collection))
    .map(({ home, kind, expected }) => ({ file: inContent(contentDir, home), detail: `has no ${kind}; expected ${expected}` }));
}
