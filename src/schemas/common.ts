import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { planLimits } from './plan.ts';
import { phaseNumbers } from './phase-numbers.ts';

/** Collections that other entries link to by id. */
export type LinkedCollection = 'tracks' | 'stages' | 'wordtracks' | 'glossary';

/**
 * Turns an id into a link to an entry of `collection`. In Astro this is `reference()` from `astro:content`;
 * the build's content check and the tests use `idReference`, which gives the same `{ collection, id }` shape.
 */
export type Reference = <C extends LinkedCollection>(collection: C) => z.ZodType<{ collection: C; id: string }, string>;

export const idReference: Reference = (collection) =>
  z.string({ error: `the id of an entry in ${collection}` }).transform((id) => ({ collection, id }));

/** A buyer phase, 1 to 3. */
export const phaseNumber = z.literal(phaseNumbers, { error: '1, 2 or 3' });

/** A line of prose an author must write: trimmed, not empty. */
export const text = (expected: string) =>
  z.string({ error: expected }).trim().min(1, { error: expected });

/** A list of prose lines with a minimum length. */
export const textList = (expected: string, min = 1) =>
  z.array(text(expected), { error: `a list of ${expected}s` }).min(min, { error: `at least ${min} ${expected}s` });

/**
 * Lowercase kebab-case ids: links and saved plans point at them, so they stay stable and URL-safe, and short enough
 * for a saved plan to keep them (planLimits.id).
 */
export const slug = z
  .string({ error: 'a lowercase kebab-case id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a lowercase kebab-case id such as "td-open-1"' })
  .max(planLimits.id, { error: `an id of at most ${planLimits.id} characters, which a saved call plan can keep` });

/** Who answers for an entry and when someone last checked it against reality. */
export const freshness = {
  /** A team or role that keeps this entry true, e.g. "Sales enablement". */
  owner: text('a team or role, such as "Sales enablement"'),
  /** The day the entry was last reviewed, YYYY-MM-DD; entries older than 180 days are reported as stale. */
  reviewed: calendarDate('a date such as 2026-10-14'),
};

/** The field the ordered-list loader adds to each entry: its place in the file, since Astro's store sorts by id. */
export const positionField = { position: z.number().int() };
