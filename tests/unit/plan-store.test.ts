import { describe, expect, it } from 'vitest';
import { newPlan } from '../../src/lib/planner/plan-model';
import { loadPlans, savePlan, type PlanStorage } from '../../src/lib/planner/plan-store';
import { removePlan, restorePlan } from '../../src/lib/planner/plan-delete';
import { MemoryStorage } from '../support/memory-storage';

const plan = (id: string, account = 'Northwind Logistics') => newPlan(new Date('2026-11-20T09:30:00Z'), id, { account });

/** A storage whose writes fail the way a browser's do: full, blocked by privacy settings, or missing altogether. */
function refusing(error: unknown): PlanStorage {
  const storage = new MemoryStorage();
  storage.setItem = () => {
    throw error;
  };
  return storage;
}
// Safari before 14 named a full storage QUOTA_EXCEEDED_ERR and gave only its legacy code.
class LegacyQuotaError extends DOMException {
  override get code() {
    return 22;
  }
}
const full = {
  'a full storage': new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  'a full storage in Firefox': new DOMException('Persistent storage maximum size reached', 'NS_ERROR_DOM_QUOTA_REACHED'),
  'a full storage in old Safari': new LegacyQuotaError('QuotaExceededError: DOM Exception 22', 'QUOTA_EXCEEDED_ERR'),
};
const blocked = {
  'storage blocked by privacy settings': new DOMException('The operation is insecure.', 'SecurityError'),
  'a browser without storage': new TypeError("Cannot read properties of null (reading 'setItem')"),
};

describe('where plans are kept', () => {
  it('under "attune:plan:" and their id, the key every earlier planner read and wrote', () => {
    const storage = new MemoryStorage();
    const saved = { ...plan('p1'), revision: 1 };
    expect(savePlan(storage, plan('p1'))).toEqual({ ok: true, plan: saved });
    expect(JSON.parse(storage.getItem('attune:plan:p1')!)).toEqual(saved);
  });

  it('next to other things the site keeps, which the planner leaves alone', () => {
    const storage = new MemoryStorage();
    storage.setItem('attune-theme', 'dark');
    storage.setItem('another-site', JSON.stringify({ version: 2 }));
    savePlan(storage, plan('p1'));
    expect(loadPlans(storage)).toEqual({ plans: [{ ...plan('p1'), revision: 1 }], damaged: [], older: [], migrated: [] });
    expect(storage.getItem('attune-theme')).toBe('dark');
    expect(storage.getItem('another-site')).toBe(JSON.stringify({ version: 2 }));
  });
});

describe('loading the saved plans', () => {
  it('reports a plan saved under another plan’s key and leaves it there', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify(plan('p2'));
    storage.setItem('attune:plan:p1', raw);
    expect(loadPlans(storage)).toEqual({ plans: [], damaged: [{ key: 'attune:plan:p1', reason: 'its id does not match the key it is saved under', raw }], older: [], migrated: [] });
    expect(storage.getItem('attune:plan:p1')).toBe(raw);
  });

  it('is nothing at all in an empty storage', () => {
    expect(loadPlans(new MemoryStorage())).toEqual({ plans: [], damaged: [], older: [], migrated: [] });
  });
});

// The store says why; the planner's notices (src/islands/planner/ProblemNotices.tsx) word it for the rep.
describe('a save the browser refuses', () => {
  it.each(Object.entries(full))('%s is reported as full', (_case, error) => {
    expect(savePlan(refusing(error), plan('p1'))).toEqual({ ok: false, reason: 'quota' });
  });

  it.each(Object.entries(blocked))('%s is reported as unavailable', (_case, error) => {
    expect(savePlan(refusing(error), plan('p1'))).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('changes nothing already saved', () => {
    const storage = new MemoryStorage();
    const saved = savePlan(storage, plan('p1'));
    storage.setItem = () => {
      throw full['a full storage'];
    };
    expect(saved.ok && savePlan(storage, { ...saved.plan, account: 'Changed' })).toEqual({ ok: false, reason: 'quota' });
    expect(loadPlans(storage).plans).toEqual([{ ...plan('p1'), revision: 1 }]);
  });
});

describe('delete and undo', () => {
  it('removes only the plan asked for and hands back exactly what was saved', () => {
    const storage = new MemoryStorage();
    savePlan(storage, plan('p1'));
    savePlan(storage, plan('p2'));
    const raw = storage.getItem('attune:plan:p2');
    expect(removePlan(storage, 'p2')).toBe(raw);
    expect(storage.getItem('attune:plan:p2')).toBeNull();
    expect(loadPlans(storage).plans.map((kept) => kept.id)).toEqual(['p1']);
  });

  it('has nothing to hand back for a plan that is not saved', () => {
    const storage = new MemoryStorage();
    savePlan(storage, plan('p1'));
    expect(removePlan(storage, 'p9')).toBeNull();
    expect(storage.length).toBe(1);
  });

  it('puts the plan back as it was', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ ...plan('p1'), revision: 4 });
    expect(restorePlan(storage, 'p1', raw)).toEqual({ ok: true });
    expect(storage.getItem('attune:plan:p1')).toBe(raw);
    expect(loadPlans(storage).plans).toEqual([{ ...plan('p1'), revision: 4 }]);
  });

  it.each([
    ['quota', full['a full storage']],
    ['unavailable', blocked['storage blocked by privacy settings']],
  ] as const)('says why an undo could not put the plan back: %s', (reason, error) => {
    expect(restorePlan(refusing(error), 'p1', '{}')).toEqual({ ok: false, reason });
  });
});

describe('a save over an entry whose revision cannot be read', () => {
  it.each([
    ['a revision written as text', JSON.stringify({ ...plan('p1'), revision: '1' })],
    ['text that is not JSON', '{"version":2,"id":"p1","revision":1'],
  ])('never writes over %s, even at the same number', (_case, raw) => {
    const storage = new MemoryStorage();
    storage.setItem('attune:plan:p1', raw);
    expect(savePlan(storage, { ...plan('p1', 'Edited here'), revision: 1 })).toEqual({ ok: false, reason: 'changed', stored: raw });
    expect(storage.getItem('attune:plan:p1')).toBe(raw);
  });
});
