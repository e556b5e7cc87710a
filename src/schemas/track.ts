import { z } from 'astro/zod';
import { slug, text } from './common.ts';

/** A sales process, such as the showroom sale or the consultative sale. */
export const trackSchema = z.strictObject({
  /** The track's id, used in URLs (`/tracks/<id>/`) and by each stage's `track`. */
  id: slug,
  /** The track's name as readers see it. */
  title: text('a title'),
  /** One sentence on what this track covers. */
  summary: text('a one-sentence summary'),
  /** Where the track comes in the reading order and on the stage map. */
  order: z.number({ error: 'a whole number' }).int({ error: 'a whole number' }),
  /** Who sells this way. */
  audience: text('a sentence on who sells this way'),
});
