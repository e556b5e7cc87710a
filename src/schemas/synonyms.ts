import { z } from 'astro/zod';
import { slug, text } from './common.ts';
import { termKey } from './term-key.ts';

/**
 * Words and phrases a rep may type for the same thing ("ghosted", "gone quiet"). The search index gives every page
 * and record that uses one term of a group the other terms as well, so a search for any of them finds it.
 */
export const synonymGroupSchema = z.strictObject({
  /** Stable id of the group, for messages. */
  id: slug,
  /** Two or more words or phrases, matched whole, ignoring case, hyphens and a plural "s". */
  terms: z
    .array(text('a word or phrase'), { error: 'a list of words or phrases' })
    .min(2, { error: 'at least 2 terms' })
    .refine((terms) => new Set(terms.map(termKey)).size === terms.length, { error: 'terms that differ from each other in more than case, hyphens or a plural' }),
});
export type SynonymGroupEntry = z.infer<typeof synonymGroupSchema>;
