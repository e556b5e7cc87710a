import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Vite wraps every lazy `import()` in its preload helper, which preloads the imported chunk's own imports in
 * parallel. On this site the helper was 0.88 kB gzipped on every page, to preload one 1.2 kB chunk when search is
 * first opened: a third of a reading page's 3 kB script budget. This replaces it with a helper of 0.2 kB that only
 * loads the stylesheets a lazy chunk needs (as Vite's does) and lets the browser fetch its imports as it meets them,
 * one round trip more on a first open and none once the service worker has them. Switch back (remove this
 * integration) if lazy chunks grow deep import trees, where the parallel preload pays for itself.
 */
const helperId = '\0vite/preload-helper.js';
const helperPattern = /^\0vite\/preload-helper\.js$/;

function leanPreloadHelper(): Plugin {
  let base = '/';
  return {
    name: 'attune:lean-preload-helper',
    enforce: 'pre',
    // Without the module preloads, Vite passes the helper only the stylesheets of each lazy chunk.
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    configResolved(config) {
      base = config.base;
    },
    // Filtered, so that the bundler calls into JavaScript for this module alone, not for every module of the playbook.
    resolveId: { filter: { id: helperPattern }, handler: () => helperId },
    load: {
      filter: { id: helperPattern },
      handler: () => `const base = ${JSON.stringify(base)};
export const __vitePreload = (load, styles) => Promise.all((styles || []).map((file) => new Promise((resolve, reject) => {
  const href = base + file;
  if (document.querySelector('link[rel="stylesheet"][href="' + href + '"]')) return resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.onload = resolve;
  link.onerror = () => reject(new Error('Unable to load the stylesheet ' + href));
  document.head.append(link);
}))).then(load);
`,
    },
  };
}

export default function leanDynamicImports(): AstroIntegration {
  return {
    name: 'attune:lean-dynamic-imports',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [leanPreloadHelper()] } });
      },
    },
  };
}
