import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionNames, collectionSpec, type CollectionName } from '../../schemas/collections.ts';
import { flattenWordtrackFile, inFileOrder, type PlaybookSource } from './source.ts';

/*
 * The playbook as `npm run build` read it once (scripts/build-prepare.ts), handed to Astro's loaders for the
 * collections written in YAML, so that Astro does not parse those files a second time. MDX is still read by Astro's
 * glob loader: it compiles every MDX file to render it, which needs the file anyway.
 *
 * CONTENT_READ names a folder of one JSON file per collection. It is written before the content check's verdict, and
 * the loaders run only after the verdict has let the build go on, so they always find it complete.
 */

/** One entry as a collection's loader stores it, before its schema: `filePath` is relative to the project root. */
export interface HandedEntry {
  id: string;
  data: Record<string, unknown>;
  filePath: string;
}

const handedFile = (folder: string, collection: CollectionName) => join(folder, `${collection}.json`);

/** The collections whose entries are handed over: every one not written as MDX. */
export const handedCollections = collectionNames.filter((name) => collectionSpec(name).source.kind !== 'mdx');

/**
 * The entries each handed collection's loader would make of the playbook as read (src/content.config.ts): a list's
 * entries as written, with their place in the file when the list is ordered; a file per entry as it is; a wordtrack
 * file's wordtracks flattened as `wordtrackLoader` does. Only for a playbook the content check has passed.
 */
export function loaderEntries(source: PlaybookSource, collection: CollectionName): HandedEntry[] {
  const spec = collectionSpec(collection).source;
  if (spec.kind === 'wordtracks') {
    return source.wordtrackFiles.flatMap((file) =>
      flattenWordtrackFile(file.stage, file.data).map((data) => ({ id: String(data.id), data, filePath: file.file })),
    );
  }
  const entries = source.entries.filter((entry) => entry.collection === collection);
  const written = entries.map((entry) => entry.data);
  const data = spec.kind === 'list' && spec.ordered ? inFileOrder(written) : written;
  return entries.map((entry, at) => ({ id: entry.id, data: data[at] as Record<string, unknown>, filePath: entry.file }));
}

/** Writes the handed collections' entries into `folder`. */
export function writeHandedRead(folder: string, source: PlaybookSource): void {
  mkdirSync(folder, { recursive: true });
  for (const collection of handedCollections) writeFileSync(handedFile(folder, collection), JSON.stringify(loaderEntries(source, collection)));
}

/** The entries `writeHandedRead` wrote for `collection`. */
export function readHandedEntries(folder: string, collection: CollectionName): HandedEntry[] {
  return JSON.parse(readFileSync(handedFile(folder, collection), 'utf8')) as HandedEntry[];
}
