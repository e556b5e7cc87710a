import type { AstroIntegration } from 'astro';
import { getContainerRenderer } from '@astrojs/preact/container-renderer';

/** @astrojs/preact's server renderer reads its options from this module; no options means every component is Preact. */
const OPTIONS_MODULE = 'astro:preact:opts';

/**
 * Preact for the two islands, built without Babel. @astrojs/preact's Vite preset loads Babel only to compile JSX:
 * 0.6 s of CPU before a build starts, then Babel's transform of every JavaScript module and a stack-trace hook
 * that every error pays for, about a fifth of a 100-stage build in all. Vite's Oxc compiles JSX natively, so a
 * build registers @astrojs/preact's own renderer and lets Oxc do the JSX (tsconfig.json names Preact's runtime).
 * `astro dev` keeps the official integration, for its hot reload and devtools.
 */
export default function preactIslands(): AstroIntegration {
  return {
    name: 'attune:preact-islands',
    hooks: {
      'astro:config:setup': async (setup) => {
        if (setup.command === 'dev') {
          const { default: preact } = await import('@astrojs/preact');
          await preact().hooks['astro:config:setup']?.(setup);
          return;
        }
        setup.addRenderer(getContainerRenderer());
        setup.updateConfig({
          vite: {
            oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
            plugins: [
              {
                name: 'attune:preact-options',
                // Filtered, so that the bundler calls into JavaScript for this module alone, not for every module.
                resolveId: { filter: { id: new RegExp(`^${OPTIONS_MODULE}$`) }, handler: () => `\0${OPTIONS_MODULE}` },
                load: { filter: { id: new RegExp(`^\0${OPTIONS_MODULE}$`) }, handler: () => 'export default {};' },
              },
            ],
          },
        });
      },
    },
  };
}
