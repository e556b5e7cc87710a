// Checked with src/lib/shape.ts, not Zod: this schema ships to the browser with the planner, and Zod would
// take a third of the planner's 20 kB budget.
import { list, object, oneOf, optional, text, type Infer } from '../lib/shape.ts';

/** The version of the saved-plan format this code writes; older versions are migrated on load. */
export const PLAN_VERSION = 2;

const line = text(600);
const longText = text(2000);
const id = text(80, { required: true, min: 1 });
/** An ISO time; required, but an empty one (as the first planner could write) is kept rather than refused. */
const stamp = text(40, { required: true });

/** Who the buyer's people are to the decision. */
export const attendeeRoles = ['decision maker', 'user', 'technical evaluator', 'sponsor', 'other'] as const;
/** What kind of question it is, after the situation → problem → impact → outcome → confirm sequence. */
export const questionKinds = ['situation', 'problem', 'impact', 'outcome', 'confirm'] as const;

export const attendeeSchema = object({
  name: text(120),
  role: oneOf(attendeeRoles, 'other'),
});

export const questionSchema = object({
  text: line,
  kind: oneOf(questionKinds, 'problem'),
  /** Set when the question was picked from a wordtrack. */
  wordtrackId: optional(text(80)),
});

export const concernSchema = object({ concern: line, explore: line });

/** A call plan as the planner saves, exports and imports it. */
export const planSchema = object({
  version: oneOf([PLAN_VERSION]),
  id,
  /** What the plan list shows; defaults to the account and date. */
  name: text(120),
  createdAt: stamp,
  updatedAt: stamp,
  account: text(200),
  attendees: list(attendeeSchema, 20),
  /** Date and time of the call, as the browser's datetime-local field gives it. */
  when: text(40),
  callType: text(80),
  track: text(80),
  stage: text(80),
  /** The buyer's phase; null until chosen. */
  phase: oneOf([1, 2, 3, null], null),
  /** Whether the phase was chosen here or carried over from the self-check. */
  phaseSource: oneOf(['chosen', 'self-check'], 'chosen'),
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
  opening: object({ purpose: line, time: text(120), roles: line, outcome: line }, { optional: true }),
  advice: longText,
  /** Notes from a manager or sponsor who reviewed the plan through a shared link; the sheet prints them. */
  coachingNotes: longText,
  learned: longText,
  nextStep: longText,
  nextStepDate: text(40),
});

export type Plan = Infer<typeof planSchema>;
export type Attendee = Infer<typeof attendeeSchema>;
export type Question = Infer<typeof questionSchema>;
export type Concern = Infer<typeof concernSchema>;

/**
 * Version 1, the planner's first format: attendees and questions as plain lines of text, one outcome field.
 * Kept so plans saved by it still open; fields it never had are dropped, not refused.
 */
export const planV1Schema = object(
  {
    version: oneOf([1]),
    id,
    account: text(200),
    attendees: list(text(120), 20),
    questions: list(line, 24),
    objectives: list(line, 12),
    outcome: longText,
    updatedAt: optional(text(40)),
  },
  { strict: false },
);
