import { z } from 'astro/zod';
import { slug, text } from './common.ts';

/** A regular expression written as text; checked here so a typo fails the build, not the planner. */
const pattern = z
  .string({ error: 'a regular expression' })
  .min(1, { error: 'a regular expression' })
  .refine(
    (source) => {
      try {
        new RegExp(source, 'iu');
        return true;
      } catch {
        return false;
      }
    },
    { error: 'a valid regular expression' },
  );

/** A telling pattern: words that turn a call objective into an agenda of telling instead of learning. */
const tellingRule = z.strictObject({
  /** Stable id of the rule. */
  id: slug,
  kind: z.literal('telling'),
  /** The word or phrase as the coach names it to the rep, e.g. "convince". */
  label: text('the word or phrase the rep sees'),
  /**
   * Regular expressions (case-insensitive) that find the telling phrase, tried in order. Named groups `act`,
   * `thing` and `claim` capture what the objective is about, so rewrites keep the subject.
   */
  patterns: z.array(pattern, { error: 'a list of regular expressions' }).min(1, { error: 'at least 1 pattern' }),
  /** Why this phrasing works against the rep. */
  why: text('a sentence on why it works against the rep'),
  /** Only when no other telling rule matches: a catch-all such as "I want to…". */
  generic: z.boolean({ error: 'true or false' }).default(false),
  /** Learning-mode rewrites; `{act}`, `{act-ing}`, `{thing}` and `{claim}` are filled from the pattern's named groups. */
  rewrites: z.array(text('a rewrite'), { error: 'a list of rewrites' }).min(1, { error: 'at least 1 rewrite' }),
});

/** A learning-mode opener the coach accepts, such as "I need to understand". */
const learningRule = z.strictObject({
  id: slug,
  kind: z.literal('learning'),
  /** Regular expressions (case-insensitive) that find the opener. */
  patterns: z.array(pattern, { error: 'a list of regular expressions' }).min(1, { error: 'at least 1 pattern' }),
});

export const coachRuleSchema = z.discriminatedUnion('kind', [tellingRule, learningRule], { error: 'kind telling or learning' });
export type CoachRule = z.infer<typeof coachRuleSchema>;
export type TellingRule = z.infer<typeof tellingRule>;
export type LearningRule = z.infer<typeof learningRule>;
