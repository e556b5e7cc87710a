import type { Plan } from '../../schemas/plan.ts';

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
