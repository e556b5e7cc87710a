import { z } from 'astro/zod';
import { freshness, phaseNumber, text, textList, type Reference } from './common.ts';

/** One stage of a track, written as MDX: the frontmatter holds the structure, the body the "why". */
export const stageSchema = (reference: Reference) =>
  z.strictObject({
    /** The stage's name, e.g. "The test drive". */
    title: text('a title'),
    /** The track this stage belongs to. */
    track: reference('tracks'),
    /** The stage's position in its track; unique within the track. */
    order: z.number({ error: 'a whole number' }).int({ error: 'a whole number' }).min(1, { error: 'a whole number from 1' }),
    /** One or two sentences for stage lists and the stage map. */
    summary: text('a one- or two-sentence summary'),
    /** The buyer's typical phase during this stage. */
    phase: phaseNumber,
    /** What the stage achieves for the buyer, in one sentence. */
    goal: text('a one-sentence goal'),
    /** Backstage preparation: the checklist a rep works through before this stage. */
    backstage: textList('checklist item', 1),
    /** On-stage moves: what the rep does in front of the buyer. */
    moves: z
      .array(z.strictObject({ title: text('a short title'), detail: text('a sentence or two of detail') }), {
        error: 'a list of moves, each with title and detail',
      })
      .min(1, { error: 'at least 1 move' }),
    /** How to move the buyer into the next stage without a jolt. */
    transition: text('a few sentences on the move into the next stage'),
    /** The next stage in the same track; left out on a track's last stage. */
    next: reference('stages').optional(),
    /** Common mistakes, each with what to do instead. */
    mistakes: z
      .array(z.strictObject({ mistake: text('the mistake'), instead: text('what to do instead') }), {
        error: 'a list of mistakes, each with mistake and instead',
      })
      .min(1, { error: 'at least 1 mistake' }),
    ...freshness,
  });
