import { z } from 'astro/zod';
import { freshness, text } from './common.ts';

/** A principle page of the playbook, written as MDX. */
export const foundationSchema = z.strictObject({
  /** The page's title. */
  title: text('a title'),
  /** The page's place in the reading order of the foundations. */
  order: z.number({ error: 'a whole number' }).int({ error: 'a whole number' }),
  /** One or two sentences for lists and the page's description. */
  summary: text('a one- or two-sentence summary'),
  ...freshness,
});
