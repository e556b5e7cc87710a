import { z } from 'astro/zod';
import { phaseNumber, slug, text } from './common.ts';

/** One line of the phase-alignment self-check: a buyer signal or an item of the rep's own agenda. */
export const selfcheckItemSchema = z.strictObject({
  /** Stable id: saved answers point at it. */
  id: slug,
  /** `buyer`: what the buyer says and does; `seller`: what I plan to do on this call. */
  part: z.enum(['buyer', 'seller'], { error: 'buyer or seller' }),
  /** The heading it is shown under; groups mix phases so the grouping does not give the answer away. */
  group: text('a group heading'),
  /** The line as the rep reads it. */
  text: text('the line the rep reads'),
  /** The phase this item points to. */
  phase: phaseNumber,
  /** How strongly it points there: 1 a hint, 2 a clear sign, 3 a strong sign. */
  weight: z.literal([1, 2, 3], { error: '1, 2 or 3' }),
});

/** A self-check line as the collection holds it. */
export type SelfcheckItem = z.infer<typeof selfcheckItemSchema>;
