import { z } from 'astro/zod';
import { freshness, phaseNumber, text, type Reference } from './common.ts';

/** What an objection is about, in the order the objections page lists them. */
export const objectionTypes = ['price', 'budget', 'competition', 'timing', 'authority', 'trust', 'status-quo', 'need', 'credit', 'silence'] as const;
export type ObjectionType = (typeof objectionTypes)[number];

/** How each type reads as a heading and a search label. */
export const objectionTypeLabel: Record<ObjectionType, string> = {
  price: 'Price',
  budget: 'Budget',
  competition: 'Competition',
  timing: 'Timing',
  authority: 'Who decides',
  trust: 'Trust and risk',
  'status-quo': 'The status quo',
  need: 'Need',
  credit: 'Credit',
  silence: 'Silence',
};

/** One thing to say in answer, once the diagnostic question has been asked. */
const response = (reference: Reference) =>
  z.strictObject({
    /** The track this line is written for; left out when it fits both. */
    track: reference('tracks').optional(),
    /** What the rep says, short enough to say aloud. */
    text: text('the words a rep says'),
    /** Why it works. */
    why: text('a sentence on why it works'),
  });

/** A line that makes the objection worse, and why. */
const avoid = z.strictObject({
  /** The words not to say. */
  line: text('the words not to say'),
  /** What goes wrong when a rep says them. */
  why: text('a sentence on what goes wrong'),
});

/**
 * An objection a buyer raises, in `objections/<id>.yaml`. Its responses are written here, not as wordtracks: an
 * objection is heard in many stages and both tracks, while a wordtrack file belongs to one stage. The content check
 * also makes sure each response's track is one of `tracks`, and each track has a response (src/lib/content/objection-check.ts).
 */
export const objectionSchema = (reference: Reference) =>
  z.strictObject({
    /** The objection in the buyer's words, such as "I need to think about it"; for silence, what the rep sees. */
    title: text("the objection in the buyer's words"),
    /** What it is about; the objections page groups by it. */
    type: z.enum(objectionTypes, { error: `one of ${objectionTypes.join(', ')}` }),
    /** The tracks where buyers raise it. */
    tracks: z.array(reference('tracks'), { error: 'a list of track ids' }).min(1, { error: 'at least 1 track' }),
    /** The buyer phase it usually signals. */
    phase: phaseNumber,
    /** The stages where it is usually heard. */
    stages: z.array(reference('stages'), { error: 'a list of stage ids' }).min(1, { error: 'at least 1 stage' }),
    /** Other ways buyers say it, so a rep finds it in the words they heard. */
    alsoHeard: z.array(text('a way buyers say it'), { error: 'a list of ways buyers say it' }).default([]),
    /** What it often means: what the buyer may really be weighing. */
    means: text('a sentence or two on what it often means'),
    /** The diagnostic question to ask before answering. */
    ask: text('the question to ask first'),
    /** What to say once you know what lies behind it; two or more. */
    responses: z.array(response(reference), { error: 'a list of responses, each with text and why' }).min(2, { error: 'at least 2 responses' }),
    /** What not to say; one or more. */
    avoid: z.array(avoid, { error: 'a list of lines to avoid, each with line and why' }).min(1, { error: 'at least 1 line to avoid' }),
    /** Wordtracks that help in the same moment. */
    wordtracks: z.array(reference('wordtracks'), { error: 'a list of wordtrack ids' }).default([]),
    /** Words reps search by ("ghosted", "stalling"). */
    tags: z.array(text('a tag'), { error: 'a list of tags' }).default([]),
    ...freshness,
  });
