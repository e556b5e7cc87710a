// Zod Mini, not astro/zod: this schema ships to the browser with the planner, and Mini's functional API is what
// keeps the planner inside its 20 kB budget. It is the same Zod; only the import differs.
import * as z from 'zod/mini';

/** The version of the saved-plan format this code writes; older versions are migrated on load. */
export const PLAN_VERSION = 2;

const text = (max: number) => z._default(z.string().check(z.maxLength(max, { error: `at most ${max} characters` })), '');
const line = text(600);
const longText = text(2000);
const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  z._default(z.array(item).check(z.maxLength(max, { error: `at most ${max} items` })), [] as z.output<T>[]);

/** Who the buyer's people are to the decision. */
export const attendeeRoles = ['decision maker', 'user', 'technical evaluator', 'sponsor', 'other'] as const;
/** What kind of question it is, after the situation → problem → impact → outcome → confirm sequence. */
export const questionKinds = ['situation', 'problem', 'impact', 'outcome', 'confirm'] as const;

export const attendeeSchema = z.strictObject({
  name: text(120),
  role: z._default(z.enum(attendeeRoles), 'other'),
});

export const questionSchema = z.strictObject({
  text: line,
  kind: z._default(z.enum(questionKinds), 'problem'),
  /** Set when the question was picked from a wordtrack. */
  wordtrackId: z.optional(z.string().check(z.maxLength(80))),
});

export const concernSchema = z.strictObject({ concern: line, explore: line });

/** A call plan as the planner saves, exports and imports it. */
export const planSchema = z.strictObject({
  version: z.literal(PLAN_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  /** What the plan list shows; defaults to the account and date. */
  name: text(120),
  createdAt: z.string().check(z.maxLength(40)),
  updatedAt: z.string().check(z.maxLength(40)),
  account: text(200),
  attendees: list(attendeeSchema, 20),
  /** Date and time of the call, as the browser's datetime-local field gives it. */
  when: text(40),
  callType: text(80),
  track: text(80),
  stage: text(80),
  /** The buyer's phase; null until chosen. */
  phase: z._default(z.union([z.literal(1), z.literal(2), z.literal(3), z.null()]), null),
  /** Whether the phase was chosen here or carried over from the self-check. */
  phaseSource: z._default(z.enum(['chosen', 'self-check']), 'chosen'),
  phaseEvidence: longText,
  whyMeeting: longText,
  objectives: list(line, 12),
  questions: list(questionSchema, 24),
  known: longText,
  gaps: longText,
  holdBack: longText,
  bestOutcome: longText,
  minimumOutcome: longText,
  concerns: list(concernSchema, 12),
  opening: z._default(z.strictObject({ purpose: line, time: text(120), roles: line, outcome: line }), { purpose: '', time: '', roles: '', outcome: '' }),
  advice: longText,
  learned: longText,
  nextStep: longText,
  nextStepDate: text(40),
});

export type Plan = z.output<typeof planSchema>;
export type Attendee = z.output<typeof attendeeSchema>;
export type Question = z.output<typeof questionSchema>;
export type Concern = z.output<typeof concernSchema>;

/**
 * Version 1, the planner's first format: attendees and questions as plain lines of text, one outcome field.
 * Kept so plans saved by it still open.
 */
export const planV1Schema = z.looseObject({
  version: z.literal(1),
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  account: text(200),
  attendees: list(text(120), 20),
  questions: list(line, 24),
  objectives: list(line, 12),
  outcome: longText,
  updatedAt: z.optional(z.string().check(z.maxLength(40))),
});
