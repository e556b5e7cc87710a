// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './integrations/content-check.ts';
import linkCheck from './integrations/link-check.ts';
import searchIndex from './integrations/search-index.ts';
import offline from './integrations/offline.ts';
import leanDynamicImports from './integrations/lean-dynamic-imports.ts';
import lazyChunkUrls from './integrations/lazy-chunk-urls.ts';
import preactIslands from './integrations/preact-islands.ts';
import { sharedPlaybookRead } from './integrations/playbook-read.ts';

const playbook = sharedPlaybookRead();

export default defineConfig({
  // Canonical URLs need an absolute origin; a deployment sets SITE to its public address.
  site: process.env.SITE ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  output: 'static',
  // offline() comes last: its service worker precaches the files that searchIndex() writes. `npm run build` runs
  // those two after Astro has exited, in the same order (scripts/build.ts). preactIslands() is Preact built
  // without Babel (integrations/preact-islands.ts).
  integrations: [contentCheck(playbook), leanDynamicImports(), mdx(), preactIslands(), lazyChunkUrls(), linkCheck(playbook), searchIndex(playbook), offline()],
  server: { host: '127.0.0.1', port: 4321 },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX module's asset proxy with this directive and the bundler warns about each one, code
        // frame and all: noise that grows with the playbook (two thousand warnings at 1,000 stages) and hides the
        // warnings that matter. Every other log passes.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  // The playbook's words for phases and intents ride with the chrome every page loads: the islands and the search
                  // page share them, and in a group of their own the search page would pull in Preact or a file more for /plan/.
                  { name: 'chrome', test: /SearchOpener\.astro|src[\\/]lib[\\/]labels\.ts$/, priority: 30 },
                  { name: 'islands', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|src[\\/]islands[\\/]later\.ts$/, priority: 20 },
                  { name: 'planner', test: /src[\\/](islands[\\/](Planner|planner[\\/](use(Plans|Sync|Tools|SheetFit)|PlanForm|PlannerBar|PlannerMessages|Objectives|Questions|fields|tools-context))|schemas[\\/](plan|shape)|lib[\\/]planner[\\/](plan-model|plan-store|words|field-labels|memory-storage))\.tsx?$/, priority: 10 },
                ],
              },
            },
          },
        },
      },
    },
  },
});
