import { describe, expect, it } from 'vitest';
import { newPlan } from '../../src/lib/planner/plan-model';
import { planToText } from '../../src/lib/planner/plan-text';
import { copyOfPlan } from '../../src/lib/planner/plan-copy';
import { replyNotices, withNotes } from '../../src/lib/planner/shared-plan';

const sharedAt = new Date('2026-11-20T09:30:00Z');
const later = new Date('2026-11-21T08:00:00Z');
const shared = newPlan(sharedAt, 'rep-plan', { account: 'Northwind Logistics', name: 'Northwind: second meeting', objectives: ['I need to understand what a bad Friday costs'] });

describe('keeping a shared plan', () => {
  it('keeps a copy under the new id, named as a copy and stamped now, with everything else as shared', () => {
    const copy = copyOfPlan(shared, 'new-id', later);
    expect(copy).toEqual({ ...shared, id: 'new-id', name: 'Copy of Northwind: second meeting', createdAt: later.toISOString(), updatedAt: later.toISOString() });
  });

  it('keeps the copy’s name within the plan name’s 120 characters', () => {
    expect(copyOfPlan({ ...shared, name: 'N'.repeat(120) }, 'new-id', later).name).toHaveLength(120);
  });
});

describe('taking in a reply’s notes', () => {
  const reply = { ...shared, coachingNotes: 'Let Dana name the cost first.' };

  it('puts the notes in the rep’s own plan and changes nothing else but its stamp', () => {
    const own = { ...shared, account: 'Northwind Freight' };
    expect(withNotes(own, reply.coachingNotes, later)).toEqual({ ...own, coachingNotes: 'Let Dana name the cost first.', updatedAt: later.toISOString() });
  });

  it('says nothing when the plan is as it was shared and has no notes yet', () => {
    expect(replyNotices(shared, reply)).toEqual([]);
  });

  it('says when the plan changed since it was shared, and when accepting replaces notes', () => {
    const own = { ...shared, updatedAt: later.toISOString(), coachingNotes: 'Earlier notes' };
    expect(replyNotices(own, reply)).toEqual([
      'You have changed this plan since you shared it: the notes are about the version you sent.',
      'Your plan already has coaching notes; accepting puts these in their place.',
    ]);
  });

  it('says when the notes are in the plan already', () => {
    expect(replyNotices({ ...reply, updatedAt: later.toISOString() }, reply)).toEqual(['These notes are already in your plan.']);
  });

  it('copies the coaching notes into the plan’s text for a CRM note', () => {
    expect(planToText(reply, { stages: {}, tracks: {} }).split('\n')).toContain('Coaching notes: Let Dana name the cost first.');
  });
});
