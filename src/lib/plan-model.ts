import { safeParse, parse } from 'zod/mini';
import { PLAN_VERSION, planSchema, planV1Schema, type Plan } from '../schemas/plan.ts';

/** A blank plan with a fresh id, stamped now. */
export function newPlan(now: Date, id: string, prefill: Partial<Plan> = {}): Plan {
  const stamp = now.toISOString();
  return parse(planSchema, { version: PLAN_VERSION, id, name: '', createdAt: stamp, updatedAt: stamp, ...prefill });
}

export type ReadResult = { ok: true; plan: Plan; migrated: boolean } | { ok: false; reason: string };

function firstProblem(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0]!;
  return `${issue.path.map(String).join('.') || 'the plan'}: ${issue.message}`;
}

/** Reads any saved or imported plan: the current version as it is, version 1 migrated, anything else refused with why. */
export function readPlan(raw: unknown): ReadResult {
  const version = raw && typeof raw === 'object' ? (raw as { version?: unknown }).version : undefined;
  if (version === PLAN_VERSION) {
    const result = safeParse(planSchema, raw);
    return result.success ? { ok: true, plan: result.data, migrated: false } : { ok: false, reason: firstProblem(result.error.issues) };
  }
  if (version === 1) {
    const old = safeParse(planV1Schema, raw);
    if (!old.success) return { ok: false, reason: firstProblem(old.error.issues) };
    const stamp = old.data.updatedAt ?? new Date(0).toISOString();
    const plan = safeParse(planSchema, {
      version: PLAN_VERSION,
      id: old.data.id,
      name: '',
      createdAt: stamp,
      updatedAt: stamp,
      account: old.data.account,
      attendees: old.data.attendees.map((name) => ({ name, role: 'other' })),
      objectives: old.data.objectives,
      questions: old.data.questions.map((text) => ({ text, kind: 'problem' })),
      bestOutcome: old.data.outcome,
    });
    return plan.success ? { ok: true, plan: plan.data, migrated: true } : { ok: false, reason: firstProblem(plan.error.issues) };
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
