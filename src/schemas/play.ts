import { z } from 'astro/zod';
import { freshness, phaseNumber, text, textList, type Reference } from './common.ts';

/** A situational play: a selling moment and what to do in it, written as MDX. */
export const playSchema = (reference: Reference) =>
  z.strictObject({
    /** The play's title. */
    title: text('a title'),
    /** The trigger, in the rep's words: reps look for help by moment. */
    moment: text("the moment, in the rep's words"),
    /** One sentence for the list of plays. */
    summary: text('a one-sentence summary'),
    /** How a rep knows they are in this moment. */
    signals: textList('signal'),
    /** The phase the buyer is usually in. */
    phase: phaseNumber,
    /** The stages where this moment happens. */
    stages: z.array(reference('stages'), { error: 'a list of stage ids' }).min(1, { error: 'at least 1 stage' }),
    /** What to do, in order. */
    steps: textList('step'),
    /** The wordtracks to use. */
    wordtracks: z.array(reference('wordtracks'), { error: 'a list of wordtrack ids' }).min(1, { error: 'at least 1 wordtrack' }),
    /** What a good outcome looks like. */
    outcome: text('a sentence on a good outcome'),
    ...freshness,
  });
