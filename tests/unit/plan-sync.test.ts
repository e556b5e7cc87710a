import { describe, expect, it } from 'vitest';
import { newPlan } from '../../src/lib/planner/plan-model';
import { loadPlans, planKey, savePlan } from '../../src/lib/planner/plan-store';
import { contentOf, mergePlans, takePart } from '../../src/lib/planner/plan-merge';
import { hasUnsavedEdits, reconcile } from '../../src/lib/planner/plan-sync';
import type { Plan } from '../../src/schemas/plan';
import { MemoryStorage } from '../support/memory-storage';

const base = newPlan(new Date('2026-11-20T09:00:00Z'), 'plan-1', { account: 'Northwind', revision: 4, objectives: ['I need to understand the budget'] });
const later = (plan: Plan, change: Partial<Plan>, at = '2026-11-20T10:00:00.000Z'): Plan => ({ ...plan, ...change, updatedAt: at });

describe('revisions: a tab saves only over the revision it read', () => {
  it('saves the first time, then over each revision it wrote itself', () => {
    const storage = new MemoryStorage();
    const fresh = newPlan(new Date(), 'p');
    const first = savePlan(storage, fresh);
    expect(first).toEqual({ ok: true, plan: { ...fresh, revision: 1 } });
    const second = savePlan(storage, { ...(first.ok ? first.plan : fresh), account: 'Contoso' });
    expect(second.ok && second.plan.revision).toBe(2);
  });

  it('refuses to write over a newer revision another tab saved, and hands back what is there', () => {
    const storage = new MemoryStorage();
    savePlan(storage, { ...base, revision: 0 });
    const tabA = loadPlans(storage).plans[0]!;
    const tabB = loadPlans(storage).plans[0]!;
    expect(savePlan(storage, { ...tabA, account: 'From tab A' }).ok).toBe(true);
    const stale = savePlan(storage, { ...tabB, gaps: 'From tab B' });
    expect(stale).toEqual({ ok: false, reason: 'changed', stored: storage.getItem(planKey(base.id)) });
    expect(loadPlans(storage).plans[0]).toMatchObject({ account: 'From tab A', gaps: '', revision: 2 });
  });

  it('refuses to bring back a plan another tab deleted', () => {
    const storage = new MemoryStorage();
    const saved = savePlan(storage, { ...base, revision: 0 });
    storage.removeItem(planKey(base.id));
    expect(savePlan(storage, { ...(saved.ok ? saved.plan : base), account: 'Still editing' })).toEqual({ ok: false, reason: 'changed', stored: null });
    expect(storage.length).toBe(0);
  });

  it('never writes over an entry it cannot read', () => {
    const storage = new MemoryStorage();
    storage.setItem(planKey(base.id), '{"version":3,"revision":"x"');
    expect(savePlan(storage, { ...base, revision: 0 })).toMatchObject({ ok: false, reason: 'changed' });
    expect(storage.getItem(planKey(base.id))).toBe('{"version":3,"revision":"x"');
  });
});

describe('merging two tabs’ edits of one plan', () => {
  it('keeps both when they changed different parts, at their revision', () => {
    const mine = later(base, { gaps: 'Who signs off' });
    const theirs = later({ ...base, revision: 5 }, { account: 'Northwind Logistics' }, '2026-11-20T09:30:00.000Z');
    expect(mergePlans(base, mine, theirs)).toEqual({ plan: { ...theirs, gaps: 'Who signs off', updatedAt: mine.updatedAt }, conflicts: [] });
  });

  it('reports a conflict where both changed the same part differently, keeping this tab’s version until the rep chooses', () => {
    const mine = later(base, { account: 'Northwind (mine)', known: 'Forty trucks' });
    const theirs = later({ ...base, revision: 5 }, { account: 'Northwind (theirs)' });
    const merged = mergePlans(base, mine, theirs);
    expect(merged.conflicts).toEqual(['account']);
    expect(merged.plan).toMatchObject({ account: 'Northwind (mine)', known: 'Forty trucks', revision: 5 });
    expect(takePart(merged.plan, theirs, 'account').account).toBe('Northwind (theirs)');
  });

  it('is no conflict when both made the same change', () => {
    const same = { objectives: ['I need to understand the budget', 'I need to understand who signs'] };
    expect(mergePlans(base, later(base, same), later({ ...base, revision: 5 }, same)).conflicts).toEqual([]);
  });

  it('treats a list as one part, and each part of the opening agreement as its own', () => {
    const mine = later(base, { objectives: ['I need to understand the budget cycle'], opening: { ...base.opening, time: '30 minutes' } });
    const theirs = later({ ...base, revision: 5 }, { objectives: ['I need to understand the budget', 'Another'], opening: { ...base.opening, purpose: 'Learn' } });
    const merged = mergePlans(base, mine, theirs);
    expect(merged.conflicts).toEqual(['objectives']);
    expect(merged.plan.opening).toEqual({ ...base.opening, purpose: 'Learn', time: '30 minutes' });
  });

  it('keeps a stage with its track, and a phase with where it came from', () => {
    const mine = later(base, { track: 'consultative', stage: 'explore-problem' });
    const theirs = later({ ...base, revision: 5 }, { track: 'showroom', phase: 2, phaseSource: 'self-check' });
    const merged = mergePlans(base, mine, theirs);
    expect(merged.conflicts).toEqual(['stage']);
    expect(merged.plan).toMatchObject({ track: 'consultative', stage: 'explore-problem', phase: 2, phaseSource: 'self-check' });
    expect(takePart(merged.plan, theirs, 'stage')).toMatchObject({ track: 'showroom', stage: '' });
  });

  it('dates the merge at the later of the two edits', () => {
    const mine = later(base, { gaps: 'Who signs off' }, '2026-11-20T09:30:00.000Z');
    const theirs = later({ ...base, revision: 5 }, { account: 'Northwind Logistics' }, '2026-11-20T10:00:00.000Z');
    expect(mergePlans(base, mine, theirs).plan.updatedAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it('hands a phase back with where it came from when the rep takes the other tab’s', () => {
    const mine = later(base, { phase: 2, phaseSource: 'self-check' });
    const theirs = later({ ...base, revision: 5 }, { phase: 3, phaseSource: 'chosen' });
    const merged = mergePlans(base, mine, theirs);
    expect(merged.conflicts).toEqual(['phase']);
    expect(merged.plan).toMatchObject({ phase: 2, phaseSource: 'self-check' });
    expect(takePart(merged.plan, theirs, 'phase')).toMatchObject({ phase: 3, phaseSource: 'chosen' });
  });

  it('without a base, makes every part that differs a conflict', () => {
    const theirs = later({ ...base, revision: 5 }, { account: 'Theirs' });
    expect(mergePlans(undefined, later(base, { gaps: 'Mine' }), theirs).conflicts).toEqual(['account', 'gaps']);
  });

  it('compares content without the bookkeeping', () => {
    expect(contentOf({ ...base, revision: 9, updatedAt: 'later' })).toBe(contentOf(base));
    expect(contentOf({ ...base, account: 'Other' })).not.toBe(contentOf(base));
    expect(hasUnsavedEdits(later(base, {}), base)).toBe(false);
    expect(hasUnsavedEdits(later(base, { known: 'x' }), base)).toBe(true);
  });
});

describe('what a tab does when another tab saved or deleted a plan', () => {
  const key = planKey(base.id);
  const stored = (plan: Plan) => JSON.stringify(plan);
  const theirs = later({ ...base, revision: 5 }, { account: 'Saved in the other tab' });

  it('takes a newer save as it is when this tab has no unsaved edit', () => {
    expect(reconcile(key, stored(theirs), base, base)).toEqual({ kind: 'adopt', plan: theirs });
  });

  it('adds a plan another tab created', () => {
    expect(reconcile(key, stored(theirs), undefined, undefined)).toEqual({ kind: 'adopt', plan: theirs });
  });

  it('does nothing when what is saved is what this tab last read', () => {
    expect(reconcile(key, stored(base), later(base, { gaps: 'typing' }), base)).toEqual({ kind: 'none' });
  });

  it('takes a save of the same revision with other content: it was put back or imported elsewhere, not saved over this tab', () => {
    const putBack = { ...base, account: 'Put back in the other tab' };
    expect(reconcile(key, stored(putBack), base, base)).toEqual({ kind: 'adopt', plan: putBack });
  });

  it('moves unsaved edits onto a newer revision of the same content, so the next save is not refused', () => {
    const resaved = { ...base, revision: 5 };
    const mine = later(base, { gaps: 'Typed here' });
    expect(reconcile(key, stored(resaved), mine, base)).toEqual({ kind: 'merge', plan: { ...resaved, gaps: 'Typed here', updatedAt: mine.updatedAt }, base: resaved });
  });

  it('asks about every differing part of a plan another tab saved under the id of one this tab never saved', () => {
    expect(reconcile(key, stored(theirs), later(base, { gaps: 'Typed here' }), undefined)).toMatchObject({ kind: 'conflict', parts: ['account', 'gaps'], base: theirs });
  });

  it('merges when this tab has unsaved edits to other parts', () => {
    const mine = later(base, { gaps: 'Typed here' });
    expect(reconcile(key, stored(theirs), mine, base)).toEqual({ kind: 'merge', plan: { ...theirs, gaps: 'Typed here', updatedAt: mine.updatedAt }, base: theirs });
  });

  it('asks when this tab edited the same part', () => {
    const action = reconcile(key, stored(theirs), later(base, { account: 'Typed here' }), base);
    expect(action).toMatchObject({ kind: 'conflict', parts: ['account'], base: theirs });
  });

  it('lets a plan deleted elsewhere go when nothing here is unsaved, and asks when something is', () => {
    expect(reconcile(key, null, base, base)).toEqual({ kind: 'gone' });
    expect(reconcile(key, null, later(base, { known: 'Unsaved' }), base)).toEqual({ kind: 'orphan' });
  });

  it('leaves a plan this tab never saved alone: its first save creates it', () => {
    expect(reconcile(key, null, base, undefined)).toEqual({ kind: 'none' });
  });

  it('writes nothing over an entry it cannot read, and says why', () => {
    expect(reconcile(key, '{"version":9}', base, base)).toEqual({ kind: 'unreadable', reason: 'it was saved by a newer version of the planner (format 9)' });
    expect(reconcile(key, 'not json', undefined, undefined)).toEqual({ kind: 'none' });
  });
});
