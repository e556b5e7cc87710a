import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';

/**
 * Astro's glob loader, safe for files that move. It keeps an unchanged entry as cached, path and all; our ids are
 * file names, so a file moved to another folder keeps its id and its digest, and the build then imports it from the
 * old path ("failed to resolve import astro:content-layer-deferred-module") until node_modules/.astro is deleted.
 * Cached entries whose file is gone, or lies outside this loader's folder (a build of another playbook), are dropped
 * first, so the glob loader reads them afresh.
 */
export function movableGlob(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base instanceof URL ? fileURLToPath(options.base) : (options.base ?? '.'));
      for (const id of context.store.keys()) {
        const filePath = context.store.get(id)?.filePath;
        if (!filePath) continue;
        const path = resolve(root, filePath);
        if (!path.startsWith(base + sep) || !existsSync(path)) context.store.delete(id);
      }
      return loader.load(context);
    },
  };
}
