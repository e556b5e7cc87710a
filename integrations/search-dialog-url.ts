import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What the search opener imports to learn where the search dialog's code is. */
const id = 'virtual:attune/search-dialog-url';
const resolved = `\0${id}`;

/**
 * Gives the search opener the URL of the search dialog's chunk instead of an `import()` the bundler can see. Vite
 * wraps every such import in its preload helper, 0.9 kB gzipped that every reading page would load before search is
 * opened (PRODUCT.md: 3 kB for all of a page's scripts); an import of a URL is not wrapped. The build emits the
 * dialog as a chunk of its own and hands over its URL; the dev server serves the source.
 */
export default function searchDialogUrl(): AstroIntegration {
  return {
    name: 'attune:search-dialog-url',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const entry = fileURLToPath(new URL('src/search-client/search-dialog.ts', config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'attune:search-dialog-url',
                resolveId: (source) => (source === id ? resolved : undefined),
                load(loaded) {
                  if (loaded !== resolved) return undefined;
                  if (command === 'dev' || this.environment.name !== 'client') return `export default ${JSON.stringify('/src/search-client/search-dialog.ts')};`;
                  return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: entry })};`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
