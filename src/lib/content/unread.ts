import type { ContentIssue } from './issues.ts';
import { collectionHome, collectionNames, collectionSpec, type CollectionName } from '../../schemas/collections.ts';
import type { PlaybookSource } from './source.ts';

/** A path inside the content folder as messages name it: `content/stages/`, or `stages/` when the project is the content. */
export const inContent = (contentDir: string, name: string) => `${contentDir === '.' ? '' : `${contentDir}/`}${name}`;

/** Collections the site cannot do without, where their entries live, and what an author should put there. */
const required = collectionNames.flatMap((collection) => {
  const expected = collectionSpec(collection).required;
  return expected ? [{ collection, home: collectionHome(collection), expected }] : [];
});

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
    .map(({ collection, home, expected }) => ({ file: inContent(contentDir, home), detail: `has no ${collection}; expected ${expected}` }));
}
