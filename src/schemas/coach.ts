import { z } from 'astro/zod';
import { slug, text } from './common.ts';

/** Whether `source` is a regular expression the coach can use, once each `{words}` id stands for some text. */
function isPattern(source: string): boolean {
  try {
    new RegExp(source.replace(/\{[a-z][a-z0-9-]*\}/g, '(?:)'), 'iu');
    return true;
  } catch {
    return false;
  }
}

/**
 * A regular expression written as text; checked here so a typo fails the build, not the planner. `{audience}` and
 * the like stand for the coach's `words` entries of that id (the content check makes sure each one exists).
 */
const pattern = z
  .string({ error: 'a regular expression' })
  .min(1, { error: 'a regular expression' })
  .refine(isPattern, { error: 'a valid regular expression' });

/** A telling pattern: words that turn a call objective into an agenda of telling instead of learning. */
const tellingRule = z.strictObject({
  /** Stable id of the rule. */
  id: slug,
  kind: z.literal('telling'),
  /** The word or phrase as the coach names it to the rep, e.g. "convince". */
  label: text('the word or phrase the rep sees'),
  /**
   * Regular expressions (case-insensitive) that find the telling phrase, tried in order. Named groups `act`,
   * `thing`, `claim` and `who` capture what the objective is about and for whom, so rewrites keep the subject.
   */
  patterns: z.array(pattern, { error: 'a list of regular expressions' }).min(1, { error: 'at least 1 pattern' }),
  /** Why this phrasing works against the rep. */
  why: text('a sentence on why it works against the rep'),
  /** Only when no other telling rule matches: a catch-all such as "I want to…". */
  generic: z.boolean({ error: 'true or false' }).default(false),
  /**
   * Learning-mode rewrites; `{act}`, `{act-ing}`, `{thing}` and `{claim}` are filled from the pattern's named groups
   * (a rewrite is offered only when its groups were found), `{who}` and `{who-subject}` from `who` ("them", "they").
   */
  rewrites: z.array(text('a rewrite'), { error: 'a list of rewrites' }).min(1, { error: 'at least 1 rewrite' }),
});

/** A learning-mode opener the coach accepts, such as "I need to understand". */
const learningRule = z.strictObject({
  id: slug,
  kind: z.literal('learning'),
  /** Regular expressions (case-insensitive) that find the opener. */
  patterns: z.array(pattern, { error: 'a list of regular expressions' }).min(1, { error: 'at least 1 pattern' }),
});

/** A set of words other patterns use by id, such as `{audience}`: written once, so every rule agrees on it. */
const wordsRule = z.strictObject({
  /** What patterns write between braces to use it: `{audience}`. */
  id: slug,
  kind: z.literal('words'),
  /** A regular expression without named groups (the patterns that use it name their own) or `{words}` of its own. */
  pattern: pattern
    .refine((source) => !/\(\?<(?![=!])/.test(source), { error: 'a regular expression without named groups' })
    .refine((source) => !/\{[a-z][a-z0-9-]*\}/.test(source), { error: 'a regular expression that uses no other words entry' }),
});

export const coachRuleSchema = z.discriminatedUnion('kind', [tellingRule, learningRule, wordsRule], { error: 'kind telling, learning or words' });
export type CoachRule = z.infer<typeof coachRuleSchema>;
export type TellingRule = z.infer<typeof tellingRule>;
