import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { CONTENT_READ } from '../lib/content/content-dir.ts';
import { readHandedEntries } from '../lib/content/handed-read.ts';
import type { CollectionName } from '../schemas/collections.ts';

/**
 * A YAML collection's loader that takes the entries `npm run build` already read (src/lib/content/handed-read.ts),
 * and reads the files itself (`own`) only in a build or dev server started another way.
 */
export function handedOrOwn(collection: CollectionName, own: Loader): Loader {
  return {
    ...own,
    load: async (context) => {
      const folder = process.env[CONTENT_READ];
      if (!folder) return own.load(context);
      const root = fileURLToPath(context.config.root);
      context.store.clear();
      for (const { id, data, filePath } of readHandedEntries(folder, collection)) {
        const parsed = await context.parseData({ id, data, filePath: resolve(root, filePath) });
        context.store.set({ id, data: parsed, filePath, digest: context.generateDigest(data) });
      }
    },
  };
}
