import type { Plan } from '../schemas/plan.ts';
import { readPlan } from './plan-model.ts';

/** The part of the Web Storage API the store needs, so tests can hand it a fake. */
export type PlanStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Each plan under its own key: one damaged entry can never take the others with it. */
export const PLAN_PREFIX = 'attune:plan:';

/** A saved entry the store could not read; it stays untouched under its key. */
export interface DamagedEntry {
  key: string;
  reason: string;
  raw: string;
}

export interface LoadResult {
  /** Newest first. */
  plans: Plan[];
  damaged: DamagedEntry[];
  /** Ids of plans saved in an older format and read through the migration. */
  migrated: string[];
}

export type SaveResult = { ok: true; savedAt: string } | { ok: false; reason: 'quota' | 'unavailable'; message: string };

function keys(storage: PlanStorage): string[] {
  const found: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(PLAN_PREFIX)) found.push(key);
  }
  return found;
}

/** Reads every saved plan; damaged or unknown entries are reported and left where they are, never overwritten. */
export function loadPlans(storage: PlanStorage): LoadResult {
  const result: LoadResult = { plans: [], damaged: [], migrated: [] };
  for (const key of keys(storage)) {
    const raw = storage.getItem(key) ?? '';
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      result.damaged.push({ key, reason: 'the saved text is not valid JSON', raw });
      continue;
    }
    const read = readPlan(parsed);
    if (!read.ok) result.damaged.push({ key, reason: read.reason, raw });
    else if (`${PLAN_PREFIX}${read.plan.id}` !== key) result.damaged.push({ key, reason: 'its id does not match the key it is saved under', raw });
    else {
      result.plans.push(read.plan);
      if (read.migrated) result.migrated.push(read.plan.id);
    }
  }
  result.plans.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return result;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
}

/** Saves one plan under its own key; a full or refused storage is reported and nothing else is touched. */
export function savePlan(storage: PlanStorage, plan: Plan): SaveResult {
  try {
    storage.setItem(`${PLAN_PREFIX}${plan.id}`, JSON.stringify(plan));
    return { ok: true, savedAt: plan.updatedAt };
  } catch (error) {
    if (isQuotaError(error)) {
      return { ok: false, reason: 'quota', message: 'The browser’s storage is full, so this change is not saved yet. It is kept on this page: export the plan or free some space.' };
    }
    return { ok: false, reason: 'unavailable', message: 'This browser refused to save (private mode or blocked storage). Your changes stay on this page until you close it: export the plan to keep it.' };
  }
}

/** Removes a plan and returns what was saved, so an undo can put it back exactly. */
export function removePlan(storage: PlanStorage, id: string): string | null {
  const key = `${PLAN_PREFIX}${id}`;
  const raw = storage.getItem(key);
  storage.removeItem(key);
  return raw;
}

/** Puts back what `removePlan` returned. */
export function restorePlan(storage: PlanStorage, id: string, raw: string): SaveResult {
  try {
    storage.setItem(`${PLAN_PREFIX}${id}`, raw);
    return { ok: true, savedAt: new Date().toISOString() };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable', message: 'The plan could not be put back: the browser refused to save it.' };
  }
}
