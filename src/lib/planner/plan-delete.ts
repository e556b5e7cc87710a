import { planKey, troubleOf, type PlanStorage, type StorageTrouble } from './plan-store.ts';

// Deleting and putting back, apart from the store: the planner loads them with its tools, when a rep first deletes.

/** Removes a plan and returns what was saved (null if it never was), so an undo can put it back exactly. */
export function removePlan(storage: PlanStorage, id: string): string | null {
  const key = planKey(id);
  const raw = storage.getItem(key);
  storage.removeItem(key);
  return raw;
}

/** Puts back what `removePlan` returned, unless something has been saved under its key since. */
export function restorePlan(storage: PlanStorage, id: string, raw: string): { ok: true } | { ok: false; reason: 'changed' | StorageTrouble } {
  const key = planKey(id);
  try {
    if (storage.getItem(key) !== null) return { ok: false, reason: 'changed' };
    storage.setItem(key, raw);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: troubleOf(error) };
  }
}
