import type { Plan } from '../../schemas/plan.ts';
import { readPlan, type ReadResult } from './plan-model.ts';

/** The part of the Web Storage API the store needs, so tests can hand it a fake. */
export type PlanStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Each plan under its own key: one damaged entry can never take the others with it. */
export const PLAN_PREFIX = 'attune:plan:';

export const planKey = (id: string): string => `${PLAN_PREFIX}${id}`;

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
  /** Entries saved in an older format, for migrateOlder (src/lib/planner/plan-migrate.ts), loaded only for them. */
  older: DamagedEntry[];
  /** Ids of plans saved in an older format and read through the migration. */
  migrated: string[];
}

/** Why storage refused a write: it is full, or the browser does not let this site keep data at all. */
export type StorageTrouble = 'quota' | 'unavailable';

export type SaveResult =
  /** The plan as written, with its new revision. */
  | { ok: true; plan: Plan }
  /** Another tab saved or deleted the plan since this tab read it: `stored` is what is there now. */
  | { ok: false; reason: 'changed'; stored: string | null }
  | { ok: false; reason: StorageTrouble };

/**
 * This browser's localStorage, or null when the planner may not use it: reading it throws when site data is blocked.
 * The planner then keeps plans in memory and says so.
 */
export function browserStorage(): PlanStorage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(PLAN_PREFIX);
    return storage;
  } catch {
    return null;
  }
}

/** Every key the planner's plans use in `storage`, damaged entries included. */
export function planKeys(storage: PlanStorage): string[] {
  const found: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(PLAN_PREFIX)) found.push(key);
  }
  return found;
}

/** Reads one saved entry: the plan, or why it cannot be used. */
export function readEntry(key: string, raw: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the saved text is not valid JSON' };
  }
  const read = readPlan(parsed);
  if (read.ok && planKey(read.plan.id) !== key) return { ok: false, reason: 'its id does not match the key it is saved under' };
  return read;
}

/** Reads every saved plan; damaged or unknown entries are reported and left where they are, never overwritten. */
export function loadPlans(storage: PlanStorage): LoadResult {
  const result: LoadResult = { plans: [], damaged: [], older: [], migrated: [] };
  for (const key of planKeys(storage)) {
    const raw = storage.getItem(key) ?? '';
    const read = readEntry(key, raw);
    if (read.ok) result.plans.push(read.plan);
    else (read.older ? result.older : result.damaged).push({ key, reason: read.reason, raw });
  }
  result.plans.sort(newestFirst);
  return result;
}

/**
 * Most recently changed first. The times are ISO strings, which sort as text; not by localeCompare, whose first call
 * loads the browser's collation data and blocks the page's first moments for tens of milliseconds.
 */
export const newestFirst = (a: Plan, b: Plan): number => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/** Safari before 14 names a full storage QUOTA_EXCEEDED_ERR and sets only the legacy (deprecated, so read untyped) code 22. */
export function troubleOf(error: unknown): StorageTrouble {
  const quota = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error as { code: number }).code === 22);
  return quota ? 'quota' : 'unavailable';
}

/** The revision of what is saved: 0 for nothing, -1 for an entry that cannot be read (so it never matches). */
function storedRevision(raw: string | null): number {
  if (raw === null) return 0;
  try {
    const revision = (JSON.parse(raw) as { revision?: unknown }).revision ?? 0;
    return typeof revision === 'number' ? revision : -1;
  } catch {
    return -1;
  }
}

/**
 * Saves one plan under its own key, but only over the revision it was read at: if another tab has saved or deleted
 * it since, nothing is written and the caller gets what is there now. A full or refused storage changes nothing.
 */
export function savePlan(storage: PlanStorage, plan: Plan): SaveResult {
  const key = planKey(plan.id);
  try {
    const stored = storage.getItem(key);
    if (storedRevision(stored) !== plan.revision) return { ok: false, reason: 'changed', stored };
    const saved = { ...plan, revision: plan.revision + 1 };
    storage.setItem(key, JSON.stringify(saved));
    return { ok: true, plan: saved };
  } catch (error) {
    return { ok: false, reason: troubleOf(error) };
  }
}
