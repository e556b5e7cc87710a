import { afterEach, describe, expect, it, vi } from 'vitest';
import { newPlan, planTitle, readPlan } from '../../src/lib/planner/plan-model';
import { migrateOlder, readAnyPlan } from '../../src/lib/planner/plan-migrate';
import { planToText } from '../../src/lib/planner/plan-text';
import { browserStorage, loadPlans, PLAN_PREFIX, savePlan } from '../../src/lib/planner/plan-store';
import { removePlan, restorePlan } from '../../src/lib/planner/plan-delete';
import type { Plan } from '../../src/schemas/plan';
import { MemoryStorage } from '../support/memory-storage';

const now = new Date('2026-11-20T09:30:00Z');
let counter = 0;
const nextId = () => `plan-${++counter}`;
const plan = (overrides: Partial<Plan> = {}) => newPlan(now, nextId(), { account: 'Northwind Logistics', ...overrides });

describe('the plan schema and its migration', () => {
  it('fills every field of a new plan with an empty default, and one empty objective to type into', () => {
    const fresh = plan();
    expect(fresh).toMatchObject({ version: 2, revision: 0, phase: null, objectives: [''], questions: [], opening: { purpose: '', time: '', roles: '', outcome: '' } });
    expect(readPlan(JSON.parse(JSON.stringify(fresh)))).toEqual({ ok: true, plan: fresh, migrated: false });
  });

  it('migrates a version 1 plan, keeping its account, people, objectives, questions and outcome', () => {
    expect(readPlan({ version: 1, id: 'old' })).toEqual({ ok: false, reason: 'it was saved in the first planner’s format', older: true });
    const read = readAnyPlan({ version: 1, id: 'old', account: 'Contoso', attendees: ['Dana Ortiz'], objectives: ['Learn how they pick vendors'], questions: ['What changed this year?'], outcome: 'A second meeting with IT', updatedAt: '2026-01-02T10:00:00.000Z' });
    expect(read.ok && read.migrated).toBe(true);
    if (!read.ok) return;
    expect(read.plan).toMatchObject({
      version: 2,
      id: 'old',
      account: 'Contoso',
      attendees: [{ name: 'Dana Ortiz', role: 'other' }],
      objectives: ['Learn how they pick vendors'],
      questions: [{ text: 'What changed this year?', kind: 'problem' }],
      bestOutcome: 'A second meeting with IT',
      updatedAt: '2026-01-02T10:00:00.000Z',
    });
  });

  it('refuses a plan from a newer planner, a non-plan and a plan with a wrong field, saying why', () => {
    expect(readPlan({ ...plan(), version: 7 })).toEqual({ ok: false, reason: 'it was saved by a newer version of the planner (format 7)' });
    expect(readPlan({ hello: 'world' })).toEqual({ ok: false, reason: 'it is not a call plan (no known format version)' });
    const wrong = readPlan({ ...plan(), phase: 5 });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.reason).toMatch(/^phase: /);
  });

  it.each([
    ['an unknown field', { extra: 1 }, 'extra: is not a field of this object'],
    ['a field named like an Object method', { toString: 'x' }, 'toString: is not a field of this object'],
    ['a number where text belongs', { account: 42 }, 'account: expected text, got 42'],
    ['text over its length', { account: 'x'.repeat(201) }, 'account: at most 200 characters'],
    ['a list that is not a list', { objectives: 'win' }, 'objectives: expected a list, got "win"'],
    ['too many objectives', { objectives: Array(13).fill('Learn') }, 'objectives: at most 12 items'],
    ['a question of an unknown kind', { questions: [{ text: 'Why?', kind: 'pitch' }] }, 'questions.0.kind: expected one of "situation", "problem", "impact", "outcome", "confirm", got "pitch"'],
    ['an attendee that is a bare string', { attendees: ['Dana'] }, 'attendees.0: expected an object, got "Dana"'],
    ['an empty id', { id: '' }, 'id: expected text, got nothing'],
    ['no creation stamp', { createdAt: undefined }, 'createdAt: expected text, got undefined'],
  ])('refuses %s and names the field', (_name, change, reason) => {
    expect(readPlan({ ...JSON.parse(JSON.stringify(plan())), ...change })).toEqual({ ok: false, reason });
  });

  it('keeps plans with empty time stamps, as the old checks did', () => {
    const stamped = readPlan({ ...JSON.parse(JSON.stringify(plan())), createdAt: '', updatedAt: '' });
    expect(stamped.ok && stamped.plan.createdAt).toBe('');
    const old = readAnyPlan({ version: 1, id: 'old', account: 'Contoso', updatedAt: '' });
    expect(old.ok && old.plan.account).toBe('Contoso');
  });

  it('names an object where text belongs as an object', () => {
    expect(readPlan({ ...JSON.parse(JSON.stringify(plan())), account: { name: 'x' } })).toEqual({ ok: false, reason: 'account: expected text, got an object' });
  });

  it('drops fields version 1 never had instead of refusing the old plan', () => {
    const read = readAnyPlan({ version: 1, id: 'old', account: 'Contoso', colour: 'blue' });
    expect(read.ok && read.plan).toMatchObject({ id: 'old', account: 'Contoso' });
    expect(read.ok && 'colour' in read.plan).toBe(false);
  });

  it('names a plan by the rep’s name for it, else account and day', () => {
    expect(planTitle(plan({ when: '2026-11-24T10:00' }))).toBe('Northwind Logistics, 2026-11-24');
    expect(planTitle(plan({ name: 'Second meeting' }))).toBe('Second meeting');
    expect(planTitle(plan({ account: '' }))).toBe('Untitled plan');
  });

  it('copies as plain text for a CRM note, leaving out empty fields', () => {
    const text = planToText(plan({ phase: 1, objectives: ['I need to understand what a missed delivery costs them', ''], questions: [{ text: 'What happens on a bad Friday?', kind: 'problem' }] }), { stages: {}, tracks: {} });
    expect(text).toBe(
      ['Call plan: Northwind Logistics', 'Account: Northwind Logistics', 'Buyer phase: Phase I', 'Learning objectives:', '- I need to understand what a missed delivery costs them', 'Questions:', '- [problem] What happens on a bad Friday?'].join('\n'),
    );
  });

  it('names the track and stage in the text by their titles, not their ids', () => {
    const text = planToText(plan({ track: 'consultative', stage: 'explore-problem' }), { stages: { 'explore-problem': 'Explore the problem' }, tracks: { consultative: 'Consultative sale' } });
    expect(text).toContain('Track: Consultative sale\nStage: Explore the problem');
    expect(text).not.toContain('explore-problem');
  });
});

describe('the plan store', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses the browser’s storage, or none when reading it throws (site data blocked)', () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('window', { localStorage: storage });
    expect(browserStorage()).toBe(storage);
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(browserStorage()).toBeNull();
    storage.blocked = true;
    vi.stubGlobal('window', { localStorage: storage });
    expect(browserStorage()).toBeNull();
  });

  it('saves several plans and loads them newest first, each at its first revision', () => {
    const storage = new MemoryStorage();
    const older = plan({ updatedAt: '2026-11-01T00:00:00.000Z' });
    const newer = plan({ updatedAt: '2026-11-10T00:00:00.000Z' });
    expect(savePlan(storage, older)).toEqual({ ok: true, plan: { ...older, revision: 1 } });
    expect(savePlan(storage, newer).ok).toBe(true);
    expect(loadPlans(storage)).toEqual({ plans: [{ ...newer, revision: 1 }, { ...older, revision: 1 }], damaged: [], older: [], migrated: [] });
  });

  it('reports corrupt JSON and keeps it untouched while the good plans load', () => {
    const storage = new MemoryStorage();
    const good = plan();
    savePlan(storage, good);
    storage.setItem(`${PLAN_PREFIX}broken`, '{"version":2,"id":"bro');
    const loaded = loadPlans(storage);
    expect(loaded.plans).toEqual([{ ...good, revision: 1 }]);
    expect(loaded.damaged).toEqual([{ key: `${PLAN_PREFIX}broken`, reason: 'the saved text is not valid JSON', raw: '{"version":2,"id":"bro' }]);
    savePlan(storage, { ...loaded.plans[0]!, account: 'Changed' });
    expect(storage.getItem(`${PLAN_PREFIX}broken`)).toBe('{"version":2,"id":"bro');
  });

  it('reports a plan of an unknown version and leaves it for a newer planner', () => {
    const storage = new MemoryStorage();
    const future = JSON.stringify({ ...plan(), version: 3 });
    storage.setItem(`${PLAN_PREFIX}future`, future);
    const loaded = loadPlans(storage);
    expect(loaded.plans).toEqual([]);
    expect(loaded.damaged[0]!.reason).toBe('it was saved by a newer version of the planner (format 3)');
    expect(storage.getItem(`${PLAN_PREFIX}future`)).toBe(future);
  });

  it('sets version 1 plans aside for the migration, which reads them and says so', () => {
    const storage = new MemoryStorage();
    const current = plan();
    savePlan(storage, current);
    storage.setItem(`${PLAN_PREFIX}v1`, JSON.stringify({ version: 1, id: 'v1', account: 'Contoso', updatedAt: '2027-01-01T00:00:00.000Z' }));
    storage.setItem(`${PLAN_PREFIX}elsewhere`, JSON.stringify({ version: 1, id: 'v1', account: 'Contoso' }));
    const loaded = loadPlans(storage);
    expect(loaded.older.map((entry) => entry.key)).toEqual([`${PLAN_PREFIX}v1`, `${PLAN_PREFIX}elsewhere`]);
    expect(loaded.plans.map((item) => item.id)).toEqual([current.id]);
    expect(migrateOlder(loaded, loaded.older)).toEqual(['1 saved plan came from an older planner and was opened in the new format.']);
    expect(loaded.migrated).toEqual(['v1']);
    expect(loaded.plans.map((item) => item.id)).toEqual(['v1', current.id]);
    expect(loaded.plans[0]).toMatchObject({ version: 2, account: 'Contoso' });
    expect(loaded.damaged).toEqual([expect.objectContaining({ key: `${PLAN_PREFIX}elsewhere`, reason: 'its id does not match the key it is saved under' })]);
  });

  it('reports a full storage quota and changes nothing that was saved', () => {
    const storage = new MemoryStorage(3000);
    const first = plan();
    expect(savePlan(storage, first).ok).toBe(true);
    const huge = { ...first, revision: 1, known: 'x'.repeat(1990), gaps: 'y'.repeat(1990) };
    const result = savePlan(storage, huge);
    expect(result).toEqual({ ok: false, reason: 'quota' });
    expect(loadPlans(storage).plans).toEqual([{ ...first, revision: 1 }]);
  });

  it('reports a storage that refuses to save, and saves nothing', () => {
    const storage = new MemoryStorage();
    storage.blocked = true;
    expect(savePlan(storage, plan())).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('deletes a plan and puts it back exactly on undo', () => {
    const storage = new MemoryStorage();
    const kept = plan();
    const removed = plan({ objectives: ['I need to understand who signs'] });
    savePlan(storage, kept);
    savePlan(storage, removed);
    const raw = removePlan(storage, removed.id)!;
    expect(loadPlans(storage).plans.map((item) => item.id)).toEqual([kept.id]);
    expect(restorePlan(storage, removed.id, raw).ok).toBe(true);
    expect(loadPlans(storage).plans).toContainEqual({ ...removed, revision: 1 });
  });

  it('never puts a deleted plan back over what was saved under its key since', () => {
    const storage = new MemoryStorage();
    const removed = plan();
    savePlan(storage, removed);
    const raw = removePlan(storage, removed.id)!;
    savePlan(storage, { ...removed, account: 'Saved again elsewhere' });
    expect(restorePlan(storage, removed.id, raw)).toEqual({ ok: false, reason: 'changed' });
    expect(loadPlans(storage).plans[0]!.account).toBe('Saved again elsewhere');
  });
});
