// Starlight's docs collection over the generated playbook (ATTUNE_CONTENT_DIR, set by bench/run.ts): every MDX page
// the real site renders, under Starlight's own frontmatter schema (it keeps title and drops the playbook's fields).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

const contentDir = process.env.ATTUNE_CONTENT_DIR;
if (!contentDir) throw new Error('Set ATTUNE_CONTENT_DIR to a generated playbook (bench/run.ts does)');

export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '{stages,phases,foundations,plays}/**/*.mdx', base: contentDir }), schema: docsSchema() }),
};
