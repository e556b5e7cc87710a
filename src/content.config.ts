import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collectionNames, collectionRegistry, type CollectionName, type CollectionRegistry, type CollectionSource } from './schemas/collections.ts';
import type { Reference } from './schemas/common.ts';
import { contentDir } from './lib/content/content-dir.ts';
import { handedCollections } from './lib/content/handed-read.ts';
import { entryIdFromPath } from './lib/content/source.ts';
import { orderedFile } from './loaders/ordered-file.ts';
import { movableGlob } from './loaders/movable-glob.ts';
import { wordtrackLoader } from './loaders/wordtrack-loader.ts';
import { handedOrOwn } from './loaders/handed-or-own.ts';

// Astro's reference() yields the same { collection, id } as the content check's idReference.
const ref = reference as unknown as Reference;

const filesIn = (folder: string, pattern: string) =>
  movableGlob({ pattern, base: `${contentDir}/${folder}`, generateId: ({ entry }) => entryIdFromPath(entry) });

function loaderOf(source: CollectionSource) {
  switch (source.kind) {
    case 'list':
      return source.ordered ? orderedFile(`${contentDir}/${source.file}`) : file(`${contentDir}/${source.file}`);
    case 'mdx':
      return filesIn(source.folder, '**/*.mdx');
    case 'files':
      return filesIn(source.folder, '**/*.yaml');
    case 'wordtracks':
      return wordtrackLoader(`${contentDir}/${source.folder}`);
  }
}

/** The schema the site reads a collection's entries with: what the loader makes of them, else what authors write. */
type SiteSchema<N extends CollectionName> = CollectionRegistry[N] extends { site: (ref: Reference) => infer S } ? S : ReturnType<CollectionRegistry[N]['authored']>;

function define(name: CollectionName) {
  const spec: { source: CollectionSource; authored: (ref: Reference) => z.ZodType; site?: (ref: Reference) => z.ZodType } = collectionRegistry[name];
  // YAML is read once per build: its loaders take what `npm run build` read (src/lib/content/handed-read.ts).
  const loader = handedCollections.includes(name) ? handedOrOwn(name, loaderOf(spec.source)) : loaderOf(spec.source);
  return defineCollection({ loader, schema: (spec.site ?? spec.authored)(ref) });
}

// Built from the registry, so each collection's type is stated from it too: what getCollection() gives each page.
export const collections = Object.fromEntries(collectionNames.map((name) => [name, define(name)])) as {
  [N in CollectionName]: { loader: ReturnType<typeof loaderOf>; schema: SiteSchema<N> };
};
