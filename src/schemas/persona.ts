import { z } from 'astro/zod';
import { freshness, slug, text, textList, type Reference } from './common.ts';
import { questionKinds } from './plan.ts';

/** A question a rep asks this kind of buyer, tagged with its kind as the call planner tags its questions. */
const personaQuestionSchema = z.strictObject({
  /** The question, as a rep would say it. */
  text: text('the question, as a rep says it'),
  /** Where it sits in the sequence situation → problem → impact → outcome → confirm. */
  kind: z.enum(questionKinds, { error: `one of ${questionKinds.join(', ')}` }),
});

/** A kind of buyer a rep meets often, what matters to them, and the questions that open them up. */
export const personaSchema = (reference: Reference) =>
  z.strictObject({
    /** The persona's anchor on `/personas/`. */
    id: slug,
    /** The persona's name as reps use it: "The first-time buyer". */
    name: text('a name, such as "The first-time buyer"'),
    /** The track where reps meet this buyer. */
    track: reference('tracks'),
    /** Who they are and what their day looks like, in one to three sentences. */
    who: text('a few sentences on who they are'),
    /** What they weigh when they decide, most important first. */
    matters: textList('thing that matters to them'),
    /** The questions, in the order a conversation would reach them. */
    questions: z
      .array(personaQuestionSchema, { error: 'a list of questions, each with text and kind' })
      .min(1, { error: 'at least 1 question' }),
    /** What reps get wrong with this buyer, each a sentence. */
    avoid: textList('thing to avoid'),
    ...freshness,
  });
