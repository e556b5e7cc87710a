import { z } from 'astro/zod';
import { freshness, phaseNumber, slug, text, type Reference } from './common.ts';
import { planLimits } from './plan.ts';

/** What a wordtrack is for at its moment of the sale. */
export const wordtrackIntents = ['open', 'discover', 'deepen', 'confirm', 'transition', 'concern', 'commit', 'referral'] as const;
export type WordtrackIntent = (typeof wordtrackIntents)[number];

const wordtrackFields = {
  /** Unique across the whole playbook; the wordtrack's anchor on its track's library page (`/wordtracks/<track>/#<id>`). */
  id: slug,
  /** What the rep says, in words a person would actually use. */
  /** At most as long as a plan's question, so the planner can always add it as one. */
  text: text('the words a rep says').max(planLimits.questions.text, {
    error: `the words a rep says in at most ${planLimits.questions.text} characters, so the call planner can add it as a question`,
  }),
  /** What the wordtrack is for. */
  intent: z.enum(wordtrackIntents, { error: `one of ${wordtrackIntents.join(', ')}` }),
  /** The buyer phase it suits: its stage's typical phase unless `phaseReason` says why not. */
  phase: phaseNumber,
  /** Why this line's phase differs from its stage's typical phase (a buyer who loops back, say). */
  phaseReason: text('a sentence on why the phase differs from the stage').optional(),
  /** The moment to use it. */
  when: text('a sentence on when to use it'),
  /** Why it works. */
  why: text('a sentence on why it works'),
  /** The pushy or telling version this wordtrack replaces, if there is a common one. */
  insteadOf: text('the pushy version it replaces').optional(),
  /** Words readers may search or filter by. */
  tags: z.array(text('a tag'), { error: 'a list of tags' }).default([]),
};

/** One entry as an author writes it in `wordtracks/<track>/<stage>.yaml`; `stages` adds stages beyond the file's own. */
export const wordtrackEntrySchema = z.strictObject({
  ...wordtrackFields,
  /** Other stages this wordtrack also serves; the file's own stage is always included. */
  stages: z.array(slug, { error: 'a list of stage ids' }).optional(),
});

/** A wordtrack file: who owns it, when it was reviewed, and its entries. */
export const wordtrackFileSchema = z.strictObject({
  ...freshness,
  /** The wordtracks of this file's stage. */
  wordtracks: z.array(z.unknown(), { error: 'a list of wordtracks' }).min(1, { error: 'at least 1 wordtrack' }),
});

/** A wordtrack as the site uses it: the entry, its stages (the file's first), and its file's owner and review date. */
export const wordtrackSchema = (reference: Reference) =>
  z.strictObject({
    ...wordtrackFields,
    /** The stages this wordtrack serves; the first is the stage of the file it is written in. */
    stages: z.array(reference('stages'), { error: 'a list of stage ids' }).min(1, { error: 'at least 1 stage' }),
    ...freshness,
    /**
     * Set by the loader, never written: the entry's place in its file (0 for the first). Astro's store hands
     * entries back sorted by id, and readers expect the order the author wrote, from the opening line onward.
     */
    position: z.number().int().nonnegative(),
  });
