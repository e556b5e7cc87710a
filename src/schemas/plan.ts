import { z } from 'astro/zod';

/** The version of the saved-plan format this code writes; older versions are migrated on load. */
export const PLAN_VERSION = 2;

const line = (max = 600) => z.string().max(max, { error: `at most ${max} characters` }).default('');
const longText = line(2000);

/** Who the buyer's people are to the decision. */
export const attendeeRoles = ['decision maker', 'user', 'technical evaluator', 'sponsor', 'other'] as const;
/** What kind of question it is, after the situation → problem → impact → outcome → confirm sequence. */
export const questionKinds = ['situation', 'problem', 'impact', 'outcome', 'confirm'] as const;

export const attendeeSchema = z.strictObject({
  name: line(120),
  role: z.enum(attendeeRoles).default('other'),
});

export const questionSchema = z.strictObject({
  text: line(),
  kind: z.enum(questionKinds).default('problem'),
  /** Set when the question was picked from a wordtrack. */
  wordtrackId: z.string().max(80).optional(),
});

export const concernSchema = z.strictObject({
  concern: line(),
  explore: line(),
});

/** A call plan as the planner saves, exports and imports it. */
export const planSchema = z.strictObject({
  version: z.literal(PLAN_VERSION),
  id: z.string().min(1).max(80),
  /** What the plan list shows; defaults to the account and date. */
  name: line(120),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  account: line(200),
  attendees: z.array(attendeeSchema).max(20).default([]),
  /** Date and time of the call, as the browser's datetime-local field gives it. */
  when: line(40),
  callType: line(80),
  track: line(80),
  stage: line(80),
  /** The buyer's phase; null until chosen. */
  phase: z.union([z.literal(1), z.literal(2), z.literal(3), z.null()]).default(null),
  /** Whether the phase was chosen here or carried over from the self-check. */
  phaseSource: z.enum(['chosen', 'self-check']).default('chosen'),
  phaseEvidence: longText,
  whyMeeting: longText,
  objectives: z.array(line()).max(12).default([]),
  questions: z.array(questionSchema).max(24).default([]),
  known: longText,
  gaps: longText,
  holdBack: longText,
  bestOutcome: longText,
  minimumOutcome: longText,
  concerns: z.array(concernSchema).max(12).default([]),
  opening: z
    .strictObject({ purpose: line(), time: line(120), roles: line(), outcome: line() })
    .default({ purpose: '', time: '', roles: '', outcome: '' }),
  advice: longText,
  learned: longText,
  nextStep: longText,
  nextStepDate: line(40),
});

export type Plan = z.infer<typeof planSchema>;
export type Attendee = z.infer<typeof attendeeSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Concern = z.infer<typeof concernSchema>;

/**
 * Version 1, the planner's first format: questions and attendees as plain lines of text, one outcome field.
 * Kept so plans saved by it still open.
 */
export const planV1Schema = z.looseObject({
  version: z.literal(1),
  id: z.string().min(1).max(80),
  account: z.string().max(200).default(''),
  attendees: z.array(z.string().max(120)).default([]),
  questions: z.array(z.string().max(600)).default([]),
  objectives: z.array(z.string().max(600)).default([]),
  outcome: z.string().max(2000).default(''),
  updatedAt: z.string().max(40).optional(),
});
