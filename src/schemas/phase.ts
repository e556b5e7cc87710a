import { z } from 'astro/zod';
import { freshness, phaseNumber, text, textList } from './common.ts';

/** One of the buyer's three phases, written as MDX. */
export const phaseSchema = z.strictObject({
  /** 1, 2 or 3; the file is named after it (`phases/2.mdx`). */
  number: phaseNumber,
  /** The phase's name, e.g. "Understanding the problem". */
  title: text('a title'),
  /** One sentence for lists and the phase overview. */
  summary: text('a one-sentence summary'),
  /** What the buyer is trying to work out in this phase. */
  buyerFocus: text("a sentence on the buyer's focus"),
  /** What the seller should be doing in this phase. */
  sellerFocus: text("a sentence on the seller's focus"),
  /** Things the buyer says or does that show this phase. */
  signals: textList('signal'),
  /** What it looks like when the seller is out of step with this phase. */
  misalignment: textList('misalignment sign'),
  ...freshness,
});
