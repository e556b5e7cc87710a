import { list, object, oneOf, optional, text } from './shape.ts';
import { planLimits as limits } from './plan.ts';

/**
 * Version 1, the planner's first format: attendees and questions as plain lines of text, one outcome field.
 * Kept so plans saved by it still open; fields it never had are dropped, not refused.
 */
export const planV1Schema = object(
  {
    version: oneOf([1]),
    id: text(limits.id, { required: true, min: 1 }),
    account: text(limits.account),
    attendees: list(text(limits.attendees.name), limits.attendees.items),
    questions: list(text(limits.questions.text), limits.questions.items),
    objectives: list(text(limits.objectives.text), limits.objectives.items),
    outcome: text(limits.bestOutcome),
    updatedAt: optional(text(40)),
  },
  { strict: false },
);
