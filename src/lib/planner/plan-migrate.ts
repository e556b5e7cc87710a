import { PLAN_VERSION, planSchema } from '../../schemas/plan.ts';
import { planV1Schema } from '../../schemas/plan-v1.ts';
import { problem, readPlan, type ReadResult } from './plan-model.ts';
import { newestFirst, planKey, type DamagedEntry, type LoadResult } from './plan-store.ts';
import { check } from '../../schemas/shape.ts';
import { count } from './words.ts';

/** Reads a plan of any format the planner ever wrote: the current one as it is, version 1 migrated. */
export function readAnyPlan(raw: unknown): ReadResult {
  const current = readPlan(raw);
  if (current.ok || !current.older) return current;
  const read = check(planV1Schema, raw);
  if (!read.ok) return { ok: false, reason: problem(read.error) };
  const old = read.value;
  const stamp = old.updatedAt || new Date(0).toISOString();
  const plan = check(planSchema, {
    version: PLAN_VERSION,
    id: old.id,
    name: '',
    createdAt: stamp,
    updatedAt: stamp,
    account: old.account,
    attendees: old.attendees.map((name) => ({ name, role: 'other' })),
    objectives: old.objectives,
    questions: old.questions.map((text) => ({ text, kind: 'problem' })),
    bestOutcome: old.outcome,
  });
  return plan.ok ? { ok: true, plan: plan.value, migrated: true } : { ok: false, reason: problem(plan.error) };
}

/**
 * Migrates the saved entries `loadPlans` found in an older format, adding each to `loaded` as a plan or as damaged;
 * returns what the planner tells the rep about it.
 */
export function migrateOlder(loaded: LoadResult, older: DamagedEntry[]): string[] {
  for (const entry of older) {
    let read: ReadResult;
    try {
      read = readAnyPlan(JSON.parse(entry.raw));
    } catch {
      read = { ok: false, reason: 'the saved text is not valid JSON' };
    }
    if (read.ok && planKey(read.plan.id) !== entry.key) read = { ok: false, reason: 'its id does not match the key it is saved under' };
    if (read.ok) {
      loaded.plans.push(read.plan);
      loaded.migrated.push(read.plan.id);
    } else loaded.damaged.push({ ...entry, reason: read.reason });
  }
  loaded.plans.sort(newestFirst);
  const migrated = loaded.migrated.length;
  return migrated ? [`${count(migrated, 'saved plan')} came from an older planner and ${migrated === 1 ? 'was' : 'were'} opened in the new format.`] : [];
}
