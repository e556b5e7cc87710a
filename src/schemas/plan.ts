// Checked with src/schemas/shape.ts, not Zod: this schema ships to the browser with the planner, and Zod would
// take a third of the planner's 20 kB budget.
import { list, object, oneOf, optional, text, whole, type Infer } from './shape.ts';

/** The version of the saved-plan format this code writes; older versions are migrated on load. */
export const PLAN_VERSION = 2;

/**
 * Every cap of a plan, declared once: the schema refuses more, and the planner's form reads the same numbers (the
 * maxlength of each input, add buttons that stop at the cap), so whatever the planner saves it can open again.
 * Raising a cap is safe; lowering one would make plans saved under the old cap unreadable.
 */
export const planLimits = {
  /** Characters of the plan's own id, and of the ids of the track, stage and wordtracks it names. */
  id: 80,
  name: 120,
  account: 200,
  when: 40,
  callType: 80,
  phaseEvidence: 2000,
  whyMeeting: 2000,
  known: 2000,
  gaps: 2000,
  holdBack: 2000,
  bestOutcome: 2000,
  minimumOutcome: 2000,
  advice: 2000,
  coachingNotes: 2000,
  learned: 2000,
  nextStep: 2000,
  nextStepDate: 40,
  /** `items` is how many a plan holds; the other numbers are characters of each item's fields. */
  attendees: { items: 20, name: 120 },
  objectives: { items: 12, text: 600 },
  questions: { items: 24, text: 600 },
  concerns: { items: 12, concern: 600, explore: 600 },
  opening: { purpose: 600, time: 120, roles: 600, outcome: 600 },
} as const;

const limits = planLimits;
const id = text(limits.id, { required: true, min: 1 });
const ref = text(limits.id);
/** An ISO time; required, but an empty one (as the first planner could write) is kept rather than refused. */
const stamp = text(40, { required: true });

/** Who the buyer's people are to the decision. */
export const attendeeRoles = ['decision maker', 'user', 'technical evaluator', 'sponsor', 'other'] as const;
/** What kind of question it is, after the situation → problem → impact → outcome → confirm sequence. */
export const questionKinds = ['situation', 'problem', 'impact', 'outcome', 'confirm'] as const;

export const attendeeSchema = object({
  name: text(limits.attendees.name),
  role: oneOf(attendeeRoles, 'other'),
});

export const questionSchema = object({
  text: text(limits.questions.text),
  kind: oneOf(questionKinds, 'problem'),
  /** Set when the question was picked from a wordtrack. */
  wordtrackId: optional(ref),
});

export const concernSchema = object({ concern: text(limits.concerns.concern), explore: text(limits.concerns.explore) });

/** A call plan as the planner saves, exports and imports it. */
export const planSchema = object({
  version: oneOf([PLAN_VERSION]),
  id,
  /**
   * How many times this plan has been saved in this browser. A tab saves only over the revision it last read, so
   * two tabs never overwrite each other's edits unseen; 0 for a plan not saved yet (and for plans saved before it).
   */
  revision: whole(Number.MAX_SAFE_INTEGER),
  /** What the plan list shows; defaults to the account and date. */
  name: text(limits.name),
  createdAt: stamp,
  updatedAt: stamp,
  account: text(limits.account),
  attendees: list(attendeeSchema, limits.attendees.items),
  /** Date and time of the call, as the browser's datetime-local field gives it. */
  when: text(limits.when),
  callType: text(limits.callType),
  track: ref,
  stage: ref,
  /** The buyer's phase; null until chosen. */
  phase: oneOf([1, 2, 3, null], null),
  /** Whether the phase was chosen here or carried over from the self-check. */
  phaseSource: oneOf(['chosen', 'self-check'], 'chosen'),
  phaseEvidence: text(limits.phaseEvidence),
  whyMeeting: text(limits.whyMeeting),
  objectives: list(text(limits.objectives.text), limits.objectives.items),
  questions: list(questionSchema, limits.questions.items),
  known: text(limits.known),
  gaps: text(limits.gaps),
  holdBack: text(limits.holdBack),
  bestOutcome: text(limits.bestOutcome),
  minimumOutcome: text(limits.minimumOutcome),
  concerns: list(concernSchema, limits.concerns.items),
  opening: object(
    { purpose: text(limits.opening.purpose), time: text(limits.opening.time), roles: text(limits.opening.roles), outcome: text(limits.opening.outcome) },
    { optional: true },
  ),
  advice: text(limits.advice),
  /** Notes from a manager or sponsor who reviewed the plan through a shared link; the sheet prints them. */
  coachingNotes: text(limits.coachingNotes),
  learned: text(limits.learned),
  nextStep: text(limits.nextStep),
  nextStepDate: text(limits.nextStepDate),
});

export type Plan = Infer<typeof planSchema>;
export type Attendee = Infer<typeof attendeeSchema>;
export type Question = Infer<typeof questionSchema>;
export type Concern = Infer<typeof concernSchema>;
