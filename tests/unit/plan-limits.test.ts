import { describe, expect, it } from 'vitest';
import { newPlan, readPlan } from '../../src/lib/planner/plan-model';
import { loadPlans, savePlan } from '../../src/lib/planner/plan-store';
import { validatePlaybook } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/issues';
import { planLimits, type Plan } from '../../src/schemas/plan';
import { MemoryStorage } from '../support/memory-storage';
import { entryOf, validSource } from '../support/playbook-fixture';

const x = (length: number) => 'x'.repeat(length);
const L = planLimits;

/** A plan with every field as long as it may be and every list as full, each item's fields at their caps too. */
function planAtTheCaps(): Plan {
  const texts = Object.fromEntries(Object.entries(L).filter(([, cap]) => typeof cap === 'number').map(([key, cap]) => [key, x(cap as number)]));
  return {
    ...newPlan(new Date('2026-11-20T09:00:00Z'), x(L.id)),
    ...texts,
    id: x(L.id),
    track: x(L.id),
    stage: x(L.id),
    attendees: Array.from({ length: L.attendees.items }, () => ({ name: x(L.attendees.name), role: 'technical evaluator' })),
    objectives: Array.from({ length: L.objectives.items }, () => x(L.objectives.text)),
    questions: Array.from({ length: L.questions.items }, () => ({ text: x(L.questions.text), kind: 'confirm', wordtrackId: x(L.id) })),
    concerns: Array.from({ length: L.concerns.items }, () => ({ concern: x(L.concerns.concern), explore: x(L.concerns.explore) })),
    opening: { purpose: x(L.opening.purpose), time: x(L.opening.time), roles: x(L.opening.roles), outcome: x(L.opening.outcome) },
  };
}

/** Every cap as [a path into the plan, the change that goes one past it, the reason the schema gives]. */
const oneOver: [string, (plan: Plan) => Plan, string][] = [
  ...Object.entries(L)
    .filter(([key, cap]) => typeof cap === 'number' && key !== 'id')
    .map(([key, cap]): [string, (plan: Plan) => Plan, string] => [key, (plan) => ({ ...plan, [key]: x((cap as number) + 1) }), `${key}: at most ${cap} characters`]),
  ['id', (plan) => ({ ...plan, id: x(L.id + 1) }), `id: at most ${L.id} characters`],
  ['track', (plan) => ({ ...plan, track: x(L.id + 1) }), `track: at most ${L.id} characters`],
  ['stage', (plan) => ({ ...plan, stage: x(L.id + 1) }), `stage: at most ${L.id} characters`],
  ['attendees', (plan) => ({ ...plan, attendees: [...plan.attendees, plan.attendees[0]!] }), `attendees: at most ${L.attendees.items} items`],
  ['attendees.0.name', (plan) => ({ ...plan, attendees: [{ name: x(L.attendees.name + 1), role: 'user' }] }), `attendees.0.name: at most ${L.attendees.name} characters`],
  ['objectives', (plan) => ({ ...plan, objectives: [...plan.objectives, 'one more'] }), `objectives: at most ${L.objectives.items} items`],
  ['objectives.0', (plan) => ({ ...plan, objectives: [x(L.objectives.text + 1)] }), `objectives.0: at most ${L.objectives.text} characters`],
  ['questions', (plan) => ({ ...plan, questions: [...plan.questions, plan.questions[0]!] }), `questions: at most ${L.questions.items} items`],
  ['questions.0.text', (plan) => ({ ...plan, questions: [{ text: x(L.questions.text + 1), kind: 'impact' }] }), `questions.0.text: at most ${L.questions.text} characters`],
  ['questions.0.wordtrackId', (plan) => ({ ...plan, questions: [{ text: 'Why now?', kind: 'impact', wordtrackId: x(L.id + 1) }] }), `questions.0.wordtrackId: at most ${L.id} characters`],
  ['concerns', (plan) => ({ ...plan, concerns: [...plan.concerns, plan.concerns[0]!] }), `concerns: at most ${L.concerns.items} items`],
  ['concerns.0.concern', (plan) => ({ ...plan, concerns: [{ concern: x(L.concerns.concern + 1), explore: '' }] }), `concerns.0.concern: at most ${L.concerns.concern} characters`],
  ['concerns.0.explore', (plan) => ({ ...plan, concerns: [{ concern: '', explore: x(L.concerns.explore + 1) }] }), `concerns.0.explore: at most ${L.concerns.explore} characters`],
  ...(['purpose', 'time', 'roles', 'outcome'] as const).map((key): [string, (plan: Plan) => Plan, string] => [
    `opening.${key}`,
    (plan) => ({ ...plan, opening: { ...plan.opening, [key]: x(L.opening[key] + 1) } }),
    `opening.${key}: at most ${L.opening[key]} characters`,
  ]),
];

describe('the caps of a plan, declared once in planLimits', () => {
  it('cover every text field of a plan, so the form has a cap for each', () => {
    const bookkeeping = new Set(['version', 'revision', 'createdAt', 'updatedAt', 'phase', 'phaseSource', 'track', 'stage']);
    const uncapped = Object.entries(newPlan(new Date(), 'id'))
      .filter(([key, value]) => typeof value === 'string' && !bookkeeping.has(key) && !(key in L))
      .map(([key]) => key);
    expect(uncapped).toEqual([]);
  });

  it('let a plan filled to every cap be saved, loaded again and opened, unchanged', () => {
    const storage = new MemoryStorage();
    const full = planAtTheCaps();
    const saved = savePlan(storage, full);
    expect(saved.ok).toBe(true);
    const loaded = loadPlans(storage);
    expect(loaded.damaged).toEqual([]);
    expect(loaded.plans).toEqual([{ ...full, revision: 1 }]);
  });

  it.each(oneOver)('refuse %s one past its cap, naming the cap', (_path, change, reason) => {
    expect(readPlan(JSON.parse(JSON.stringify(change(planAtTheCaps()))))).toEqual({ ok: false, reason });
  });
});

describe('what the playbook hands the planner fits a plan', () => {
  const messages = (change: (source: ReturnType<typeof validSource>) => void) => {
    const source = validSource();
    change(source);
    return validatePlaybook(source).map(formatIssue);
  };

  it('a wordtrack too long to be a plan’s question fails the build, with the cap', () => {
    const found = messages((source) => (entryOf(source, 'wordtracks', 'td-open-1').data.text = x(L.questions.text + 1)));
    expect(found).toEqual([
      `content/wordtracks/showroom/test-drive.yaml: wordtrack "td-open-1": text is "${x(57)}...", expected the words a rep says in at most ${L.questions.text} characters, so the call planner can add it as a question`,
    ]);
  });

  it('a wordtrack exactly as long as a question passes', () => {
    expect(messages((source) => (entryOf(source, 'wordtracks', 'td-open-1').data.text = x(L.questions.text)))).toEqual([]);
  });

  it('an id longer than a saved plan keeps fails the build, with the cap', () => {
    const found = messages((source) => (entryOf(source, 'glossary', 'alignment').data.id = `a${'-b'.repeat(40)}`));
    expect(found).toContain(
      `content/glossary.yaml: glossary term "alignment": id is "a${'-b'.repeat(28)}...", expected an id of at most ${L.id} characters, which a saved call plan can keep`,
    );
  });
});
