import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { leftToBuildScript } from './after-astro.ts';
import type { PlaybookRead } from './playbook-read.ts';

/**
 * Indexes the built site in Astro's build hook, unless `npm run build` does it once Astro has exited. The indexer
 * (integrations/pagefind-index.ts) loads only then: Pagefind's client and the record makers held up Astro's start.
 */
export default function searchIndex(playbook: PlaybookRead): AstroIntegration {
  let root = '';
  return {
    name: 'attune:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (leftToBuildScript(site)) return;
        const [{ indexSite, searchInput }, source] = await Promise.all([import('./pagefind-index.ts'), playbook.latest(resolve(root, contentDir), root)]);
        logger.info(await indexSite(site, searchInput(source)));
      },
    },
  };
}
