import { planLimits } from '../../schemas/plan.ts';
import type { Plan } from '../../schemas/plan.ts';
import { planTitle } from '../plan-model.ts';

/** A shared plan kept in this browser: a new id and name, so it never takes the place of a plan already here. */
export function keptCopy(plan: Plan, id: string, now: Date): Plan {
  const stamp = now.toISOString();
  // A new plan here: revision 0, so the store saves it as new rather than over a revision it never had.
  return { ...plan, id, revision: 0, name: `Copy of ${planTitle(plan)}`.slice(0, planLimits.name), createdAt: stamp, updatedAt: stamp };
}

/** The rep's own plan with a reviewer's coaching notes taken in. */
export function withNotes(own: Plan, notes: string, now: Date): Plan {
  return { ...own, coachingNotes: notes, updatedAt: now.toISOString() };
}

/** What the rep should know before taking a reply's notes into their own plan. */
export function replyNotices(own: Plan, reply: Plan): string[] {
  if (own.coachingNotes === reply.coachingNotes) return ['These notes are already in your plan.'];
  const notices: string[] = [];
  if (own.updatedAt !== reply.updatedAt) notices.push('You have changed this plan since you shared it: the notes are about the version you sent.');
  if (own.coachingNotes.trim()) notices.push('Your plan already has coaching notes; accepting puts these in their place.');
  return notices;
}
