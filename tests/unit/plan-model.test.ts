import { describe, expect, it } from 'vitest';
import { isUntouched, looksLikeMarkup, newPlan, planTitle, readPlan } from '../../src/lib/planner/plan-model';
import { migrateOlder, readAnyPlan } from '../../src/lib/planner/plan-migrate';
import { planKey } from '../../src/lib/planner/plan-store';
import type { Plan } from '../../src/schemas/plan';

const now = new Date('2026-11-20T09:30:00Z');
const plan = (overrides: Partial<Plan> = {}) => newPlan(now, 'p1', { account: 'Northwind Logistics', ...overrides });

describe('a new plan', () => {
  it('is stamped now, unnamed, and takes what the link pre-filled', () => {
    expect(newPlan(now, 'p1', { phase: 2, phaseSource: 'self-check', stage: 'discovery' })).toMatchObject({
      id: 'p1',
      name: '',
      createdAt: '2026-11-20T09:30:00.000Z',
      updatedAt: '2026-11-20T09:30:00.000Z',
      phase: 2,
      phaseSource: 'self-check',
      stage: 'discovery',
    });
  });

  it('refuses a pre-fill it cannot hold, naming the field', () => {
    expect(() => newPlan(now, 'p1', { phase: 5 as never })).toThrow(/^phase: expected one of 1, 2, 3, null, got 5$/);
  });
});

describe('reading a saved or imported plan', () => {
  it.each([null, undefined, 'a plan', 2, []])('refuses %j as no plan at all', (raw) => {
    expect(readPlan(raw)).toEqual({ ok: false, reason: 'it is not a call plan (no known format version)' });
  });

  it.each([0, '3', '2', null])('refuses format %j as unknown, not as newer', (version) => {
    expect(readPlan({ ...plan(), version })).toEqual({ ok: false, reason: 'it is not a call plan (no known format version)' });
  });

  it('sets a version 1 plan aside for the migration', () => {
    expect(readPlan({ version: 1, id: 'old', account: 'Contoso' })).toEqual({ ok: false, reason: 'it was saved in the first planner’s format', older: true });
  });
});

describe('migrating a plan of the first planner’s format', () => {
  it('migrates a version 1 plan whole: unnamed, its last change as both stamps, people and questions given a kind', () => {
    expect(readAnyPlan({ version: 1, id: 'old', account: 'Contoso', attendees: ['Dana Ortiz'], questions: ['What changed?'], objectives: ['Learn'], outcome: 'A pilot', updatedAt: '2026-01-02T10:00:00.000Z' })).toEqual({
      ok: true,
      migrated: true,
      plan: newPlan(new Date('2026-01-02T10:00:00.000Z'), 'old', {
        account: 'Contoso',
        attendees: [{ name: 'Dana Ortiz', role: 'other' }],
        questions: [{ text: 'What changed?', kind: 'problem' }],
        objectives: ['Learn'],
        bestOutcome: 'A pilot',
      }),
    });
  });

  it('dates a version 1 plan that never recorded a change at the start of time, so it sorts last', () => {
    const read = readAnyPlan({ version: 1, id: 'old', account: 'Contoso' });
    expect(read.ok && [read.plan.createdAt, read.plan.updatedAt]).toEqual(['1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z']);
  });

  it('refuses a version 1 plan with a wrong field, naming it', () => {
    expect(readAnyPlan({ version: 1, id: 'old', account: 42 })).toEqual({ ok: false, reason: 'account: expected text, got 42' });
  });

  it('says how many plans it opened in the new format, and nothing when there were none', () => {
    const loaded = () => ({ plans: [], damaged: [], older: [], migrated: [] });
    const older = (id: string) => ({ key: planKey(id), reason: 'it was saved in the first planner’s format', raw: JSON.stringify({ version: 1, id, account: 'Contoso' }) });
    expect(migrateOlder(loaded(), [])).toEqual([]);
    const two = loaded();
    expect(migrateOlder(two, [older('a'), older('b')])).toEqual(['2 saved plans came from an older planner and were opened in the new format.']);
    expect(two.migrated).toEqual(['a', 'b']);
  });

  it('keeps an older entry that is not JSON as damaged, where it is', () => {
    const loaded = { plans: [], damaged: [], older: [], migrated: [] };
    expect(migrateOlder(loaded, [{ key: planKey('a'), reason: 'older', raw: '{"version":1,' }])).toEqual([]);
    expect(loaded.damaged).toEqual([{ key: planKey('a'), reason: 'the saved text is not valid JSON', raw: '{"version":1,' }]);
  });

  it('reads a plan of the current format as it is', () => {
    expect(readAnyPlan(JSON.parse(JSON.stringify(plan())))).toEqual({ ok: true, plan: plan(), migrated: false });
  });
});

describe('reading a plan of the current format', () => {

  it('gives a person without a role "other" and a question without a kind "problem"', () => {
    const read = readPlan({ ...JSON.parse(JSON.stringify(plan())), attendees: [{ name: 'Dana' }], questions: [{ text: 'Why now?' }] });
    expect(read.ok && [read.plan.attendees, read.plan.questions]).toEqual([[{ name: 'Dana', role: 'other' }], [{ text: 'Why now?', kind: 'problem' }]]);
  });

  it('requires an id', () => {
    const { id: _id, ...withoutId } = plan();
    expect(readPlan(withoutId)).toEqual({ ok: false, reason: 'id: expected text, got undefined' });
  });
});

describe('the name in the plan list', () => {
  it('is the rep’s own name for it, trimmed', () => {
    expect(planTitle(plan({ name: '  Second meeting ' }))).toBe('Second meeting');
  });

  it('is the account and day when the name is blank', () => {
    expect(planTitle(plan({ name: '   ', account: ' Contoso ', when: '2026-11-24T10:00' }))).toBe('Contoso, 2026-11-24');
    expect(planTitle(plan({ name: '', account: ' Contoso ' }))).toBe('Contoso');
  });

  it('is "Untitled plan" when there is no account either', () => {
    expect(planTitle(plan({ account: '  ' }))).toBe('Untitled plan');
    expect(planTitle(plan({ account: '', when: '2026-11-24T10:00' }))).toBe('Untitled plan, 2026-11-24');
  });
});

describe('text that looks like HTML', () => {
  it.each(['<img src=x>', '< b>bold', '</b>', '<!-- a note -->', 'javascript:alert(1)', 'onerror=alert(1)', 'onload = run()'])('is noticed: %s', (text) => {
    expect(looksLikeMarkup(plan({ known: text }))).toBe(true);
  });

  it.each(['3 < 4 and 5 > 2', 'Ask how they judge value', 'Agree the next step on Friday', 'Talk about online ordering'])('is not seen in plain words: %s', (text) => {
    expect(looksLikeMarkup(plan({ known: text }))).toBe(false);
  });
});

describe('a plan untouched since it was made', () => {
  it('is one with nothing but what a new plan has, whenever and under whatever id it was made and saved', () => {
    expect(isUntouched(newPlan(now, 'p1'))).toBe(true);
    expect(isUntouched({ ...newPlan(new Date('2020-01-01'), 'other'), revision: 7, updatedAt: now.toISOString() })).toBe(true);
  });

  it('is not one with anything written, chosen or added in any field, which can change the length of its sheet', () => {
    const blank = newPlan(now, 'p1');
    const changes: Partial<Plan>[] = [
      { account: 'Northwind Logistics' },
      { gaps: ' ' },
      { phase: 2 },
      { stage: 'test-drive' },
      { objectives: ['', ''] },
      { questions: [{ text: '', kind: 'problem' }] },
      { attendees: [{ name: '', role: 'decision maker' }] },
      { opening: { ...blank.opening, time: '20 minutes' } },
    ];
    expect(changes.filter((change) => isUntouched({ ...blank, ...change }))).toEqual([]);
  });
});
