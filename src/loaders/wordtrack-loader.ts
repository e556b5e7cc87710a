import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parse } from 'js-yaml';
import type { Loader } from 'astro/loaders';
import { entryIdFromPath, flattenWordtrackFile } from '../lib/content/source.ts';

/**
 * Loads `wordtracks/<track>/<stage>.yaml` files, each holding many wordtracks: Astro's glob loader makes one
 * entry per file, and authors want one file per stage.
 */
export function wordtrackLoader(dir: string): Loader {
  return {
    name: 'attune-wordtracks',
    async load({ store, parseData, generateDigest, config }) {
      const root = fileURLToPath(config.root);
      const base = resolve(root, dir);
      store.clear();
      const files = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml')).sort();
      for (const name of files) {
        const path = join(base, name);
        const filePath = relative(root, path);
        const entries = flattenWordtrackFile(entryIdFromPath(path), parse(await readFile(path, 'utf8')) ?? null);
        for (const entry of entries) {
          const id = String(entry.id);
          const data = await parseData({ id, data: entry, filePath });
          store.set({ id, data, filePath, digest: generateDigest(entry) });
        }
      }
    },
  };
}
