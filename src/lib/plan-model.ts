import { PLAN_VERSION, planSchema, planV1Schema, type Plan } from '../schemas/plan.ts';
import { phaseLabel } from './labels.ts';

/** A blank plan with a fresh id, stamped now. */
export function newPlan(now: Date, id: string, prefill: Partial<Plan> = {}): Plan {
  const stamp = now.toISOString();
  return planSchema.parse({ version: PLAN_VERSION, id, name: '', createdAt: stamp, updatedAt: stamp, ...prefill });
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
    const result = planSchema.safeParse(raw);
    return result.success ? { ok: true, plan: result.data, migrated: false } : { ok: false, reason: firstProblem(result.error.issues) };
  }
  if (version === 1) {
    const old = planV1Schema.safeParse(raw);
    if (!old.success) return { ok: false, reason: firstProblem(old.error.issues) };
    const stamp = old.data.updatedAt ?? new Date(0).toISOString();
    const plan = planSchema.safeParse({
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

/** The plan as plain text for a CRM note: labelled lines, empty fields left out. */
export function planToText(plan: Plan): string {
  const lines: string[] = [`Call plan: ${planTitle(plan)}`];
  const add = (label: string, value: string) => value.trim() && lines.push(`${label}: ${value.trim()}`);
  const list = (label: string, values: string[]) => {
    const filled = values.map((value) => value.trim()).filter(Boolean);
    if (filled.length) lines.push(`${label}:`, ...filled.map((value) => `- ${value}`));
  };
  add('Account', plan.account);
  add('When', plan.when.replace('T', ' '));
  add('Call type', plan.callType);
  list('Who', plan.attendees.map((person) => (person.name.trim() ? `${person.name.trim()} (${person.role})` : '')));
  add('Stage', plan.stage);
  if (plan.phase) add('Buyer phase', `${phaseLabel(plan.phase)}${plan.phaseEvidence.trim() ? ` (${plan.phaseEvidence.trim()})` : ''}`);
  add('Why they agreed to meet', plan.whyMeeting);
  list('Learning objectives', plan.objectives);
  list('Questions', plan.questions.map((question) => (question.text.trim() ? `[${question.kind}] ${question.text.trim()}` : '')));
  add('What we know', plan.known);
  add('Gaps', plan.gaps);
  add('Hold back until they are ready', plan.holdBack);
  add('Best outcome', plan.bestOutcome);
  add('Minimum acceptable outcome', plan.minimumOutcome);
  list('Concerns to explore', plan.concerns.map((item) => (item.concern.trim() ? `${item.concern.trim()}${item.explore.trim() ? ` → ${item.explore.trim()}` : ''}` : '')));
  add('Opening: purpose', plan.opening.purpose);
  add('Opening: time', plan.opening.time);
  add('Opening: roles', plan.opening.roles);
  add('Opening: intended outcome', plan.opening.outcome);
  add('Advice from sponsor or coach', plan.advice);
  add('What we learned', plan.learned);
  add('Next step', `${plan.nextStep.trim()}${plan.nextStepDate ? ` (by ${plan.nextStepDate})` : ''}`);
  return lines.join('\n');
}

/** True when any text field holds something that looks like HTML; it is still shown only as text. */
export function looksLikeMarkup(plan: Plan): boolean {
  return /<\s*[a-z!/][^>]*>|javascript:|on[a-z]+\s*=/i.test(JSON.stringify(plan));
}
