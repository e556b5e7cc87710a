import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Each code a reading page loads only when it is needed: the virtual module that gives its URL, and its source. */
const lazyChunks: Record<string, string> = {
  'virtual:attune/search-dialog-url': 'src/search-client/search-dialog.ts',
  // The lookup of old /wordtracks/#<id> links (src/components/library/LibraryLookup.astro).
  'virtual:attune/old-link-url': 'src/lib/library/follow-old-link.ts',
};

/**
 * Gives a page script the URL of a chunk it loads on demand instead of an `import()` the bundler can see. Vite
 * wraps every such import in its preload helper, 0.9 kB gzipped that every reading page would load before search is
 * opened (PRODUCT.md: 3 kB for all of a page's scripts); an import of a URL is not wrapped. The build emits each
 * chunk on its own and hands over its URL; the dev server serves the source.
 */
export default function lazyChunkUrls(): AstroIntegration {
  return {
    name: 'attune:lazy-chunk-urls',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'attune:lazy-chunk-urls',
                // Filtered, so that the bundler calls into JavaScript for these modules alone, not for every module.
                resolveId: { filter: { id: /^virtual:attune\// }, handler: (source) => (source in lazyChunks ? `\0${source}` : undefined) },
                load: {
                  filter: { id: /^\0virtual:attune\// },
                  handler(loaded) {
                    const source = lazyChunks[loaded.slice(1)];
                    if (!source) return undefined;
                    if (command === 'dev' || this.environment.name !== 'client') return `export default ${JSON.stringify(`/${source}`)};`;
                    return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: fileURLToPath(new URL(source, config.root)) })};`;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
