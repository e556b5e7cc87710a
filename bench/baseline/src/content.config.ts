// Glob loaders over the generated playbook that the real site builds too (ATTUNE_CONTENT_DIR, set by bench/run.ts),
// with permissive schemas: the baseline measures loading and rendering, not validation.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.ATTUNE_CONTENT_DIR;
if (!contentDir) throw new Error('Set ATTUNE_CONTENT_DIR to a generated playbook (bench/run.ts does)');

/** The file name without its extension, like the real site's ids, so ids stay flat for the routes. */
const generateId = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
const mdx = (folder: string) =>
  defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/${folder}`, generateId }), schema: z.looseObject({ title: z.string() }) });

export const collections = {
  stages: mdx('stages'),
  phases: mdx('phases'),
  foundations: mdx('foundations'),
  plays: mdx('plays'),
  // One entry per stage's wordtrack file, each a list page.
  wordtracks: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/wordtracks`, generateId }),
    schema: z.looseObject({ wordtracks: z.array(z.looseObject({ id: z.string(), text: z.string(), when: z.string(), why: z.string() })) }),
  }),
};
