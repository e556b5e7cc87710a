import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newPlan } from '../../src/lib/planner/plan-model';
import { exportPlans, importPlans, MAX_IMPORT_BYTES } from '../../src/lib/planner/plan-transfer';

const plan = (id: string, account = 'Northwind Logistics') => newPlan(new Date('2026-11-20T09:30:00Z'), id, { account });
const run = (text: string, size = new TextEncoder().encode(text).length) => importPlans(text, size);

describe('an export', () => {
  it('is a labelled bundle a person can read, which imports as it was', () => {
    const plans = [plan('p1'), plan('p2', 'Contoso')];
    const text = exportPlans(plans);
    expect(JSON.parse(text)).toEqual({ format: 'attune-call-plans', version: 2, plans });
    expect(text.split('\n').length).toBeGreaterThan(plans.length * 10);
    expect(run(text)).toEqual({ ok: true, plans, notices: [] });
  });

  it('keeps every field of a full plan', () => {
    // The fixture predates coaching notes, which only a reviewer's reply fills in.
    const full = { ...JSON.parse(readFileSync('tests/fixtures/full-plan.json', 'utf8')), coachingNotes: 'Ask Dana who else signs off.' };
    expect(Object.keys(full).sort()).toEqual(Object.keys(plan('p1')).sort());
    expect(run(exportPlans([full]))).toEqual({ ok: true, plans: [full], notices: [] });
  });
});

describe('a file that cannot be imported', () => {
  it('is read when it is exactly 10 MB and refused when it is over', () => {
    expect(MAX_IMPORT_BYTES).toBe(10_000_000);
    expect(run(JSON.stringify(plan('p1')), MAX_IMPORT_BYTES).ok).toBe(true);
    expect(run(JSON.stringify(plan('p1')), MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, reason: 'The file is 10.0 MB; plans are never that large, so it was not read (the limit is 10 MB).' });
    expect(run('{}', 12_345_678)).toEqual({ ok: false, reason: 'The file is 12.3 MB; plans are never that large, so it was not read (the limit is 10 MB).' });
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['text', '"a plan"'],
    ['a list', '[]'],
  ])('%s is not a plan', (_case, text) => {
    expect(run(text)).toEqual({ ok: false, reason: 'Plan 1 in the file cannot be used: it is not a call plan (no known format version). Nothing was imported.' });
  });

  it('a bundle without a list of plans holds no plans', () => {
    expect(run(JSON.stringify({ format: 'attune-call-plans', version: 2, plans: 'p1' }))).toEqual({ ok: false, reason: 'The file holds no plans.' });
    expect(run(JSON.stringify({ format: 'attune-call-plans', version: 2 }))).toEqual({ ok: false, reason: 'The file holds no plans.' });
  });
});

describe('markup in an imported plan', () => {
  it('is named by the account, or the id when there is none', () => {
    const hostile = { ...plan('p1', ''), known: '<script>alert(1)</script>' };
    expect(run(JSON.stringify(hostile))).toEqual({ ok: true, plans: [hostile], notices: ['Plan “p1” contains text that looks like HTML; it is shown as plain text.'] });
  });
});
