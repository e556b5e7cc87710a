import { PLAN_VERSION, planSchema, type Plan } from '../../schemas/plan.ts';
import { check } from '../../schemas/shape.ts';

/** A blank plan with a fresh id, stamped now, with one empty objective ready to type into. */
export function newPlan(now: Date, id: string, prefill: Partial<Plan> = {}): Plan {
  const stamp = now.toISOString();
  return planSchema({ version: PLAN_VERSION, id, name: '', createdAt: stamp, updatedAt: stamp, objectives: [''], ...prefill }, '');
}

/** True for a plan with nothing written in it yet. */
export const isBlank = (plan: Plan): boolean => !plan.account && !plan.objectives.some(Boolean) && !plan.questions.length && !plan.name;

/**
 * True for a plan with nothing in it but what a new plan has: its sheet is the blank one, which fits one page by
 * design, so there is nothing to measure until it is printed.
 */
export function isUntouched(plan: Plan): boolean {
  // A new plan's content, made once: the planner asks on every render, that is every keystroke.
  newPlanContent ??= planContent(newPlan(new Date(0), 'new'));
  return planContent(plan) === newPlanContent;
}
const planContent = ({ id, createdAt, updatedAt, revision, ...rest }: Plan) => JSON.stringify(rest);
let newPlanContent: string | undefined;

export type ReadResult = { ok: true; plan: Plan; migrated: boolean } | { ok: false; reason: string; older?: boolean };

export const problem = ({ path, problem }: { path: string; problem: string }): string => `${path || 'the plan'}: ${problem}`;

/**
 * Reads a saved or imported plan of the current format, or says why not. A plan of an older format is refused with
 * `older`: readAnyPlan (src/lib/planner/plan-migrate.ts) migrates it, and loads only when there is one.
 */
export function readPlan(raw: unknown): ReadResult {
  const version = raw && typeof raw === 'object' ? (raw as { version?: unknown }).version : undefined;
  if (version === PLAN_VERSION) {
    const result = check(planSchema, raw);
    return result.ok ? { ok: true, plan: result.value, migrated: false } : { ok: false, reason: problem(result.error) };
  }
  if (version === 1) return { ok: false, reason: 'it was saved in the first planner’s format', older: true };
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
