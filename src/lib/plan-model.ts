import { PLAN_VERSION, planSchema, planV1Schema, type Plan } from '../schemas/plan.ts';
import { check } from './shape.ts';

/** A blank plan with a fresh id, stamped now. */
export function newPlan(now: Date, id: string, prefill: Partial<Plan> = {}): Plan {
  const stamp = now.toISOString();
  return planSchema({ version: PLAN_VERSION, id, name: '', createdAt: stamp, updatedAt: stamp, ...prefill }, '');
}

export type ReadResult = { ok: true; plan: Plan; migrated: boolean } | { ok: false; reason: string };

const problem = ({ path, problem }: { path: string; problem: string }): string => `${path || 'the plan'}: ${problem}`;

/** Reads any saved or imported plan: the current version as it is, version 1 migrated, anything else refused with why. */
export function readPlan(raw: unknown): ReadResult {
  const version = raw && typeof raw === 'object' ? (raw as { version?: unknown }).version : undefined;
  if (version === PLAN_VERSION) {
    const result = check(planSchema, raw);
    return result.ok ? { ok: true, plan: result.value, migrated: false } : { ok: false, reason: problem(result.error) };
  }
  if (version === 1) {
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
  if (typeof version === 'number' && version > PLAN_VERSION) return { ok: false, reason: `it was saved by a newer version of the planner (format ${version})` };
  return { ok: false, reason: 'it is not a call plan (no known format version)' };
}

/** The name the plan list shows: the rep's own, or the account and day of the call. */
export function planTitle(plan: Plan): string {
  if (plan.name.trim()) return plan.name.trim();
  const day = plan.when ? plan.when.slice(0, 10) : '';
  const account = plan.account.trim() || 'Untitled plan';
  return day ? `${account}, ${day}` : account;
}

/** True when any text field holds something that looks like HTML; it is still shown only as text. */
export function looksLikeMarkup(plan: Plan): boolean {
  return /<\s*[a-z!/][^>]*>|javascript:|on[a-z]+\s*=/i.test(JSON.stringify(plan));
}
