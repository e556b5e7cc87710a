// @ts-check
// The baseline: bare Astro with MDX and a Pagefind index, over the same generated playbook as the real site.
// The benchmark divides the real build's time by this one's, so the figure shows what the site adds to what any
// Astro + MDX + Pagefind site costs for the same content.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import * as pagefind from 'pagefind';

/** Indexes every built page with Pagefind's Node API, as the real site's integrations/search-index.ts does. */
const pagefindIndex = {
  name: 'baseline:pagefind',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': async ({ dir }) => {
      const site = fileURLToPath(dir);
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
      try {
        const added = await index.addDirectory({ path: site });
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        const problems = [...added.errors, ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
      } finally {
        await pagefind.close();
      }
    },
  },
};

export default defineConfig({
  output: 'static',
  build: { format: 'directory' },
  integrations: [mdx(), pagefindIndex],
});
