import { describe, expect, it } from 'vitest';
import { newPlan } from '../../src/lib/planner/plan-model';
import { loadPlans, planKey, savePlan } from '../../src/lib/planner/plan-store';
import { addPlans, importSummary } from '../../src/lib/planner/plan-import';
import { exportPlans, importPlans, MAX_IMPORT_BYTES, MAX_IMPORT_PLANS } from '../../src/lib/planner/plan-transfer';
import { count } from '../../src/lib/planner/words';
import type { Plan } from '../../src/schemas/plan';
import { MemoryStorage } from '../support/memory-storage';

let counter = 0;
const plan = (change: Partial<Plan> = {}) => newPlan(new Date('2026-11-20T09:00:00Z'), `plan-${++counter}`, { account: 'Fabrikam', ...change });
const freshIds = () => {
  let next = 0;
  return () => `new-${++next}`;
};
/** Every saved entry, key and text, to show that a refused import changed nothing. */
const snapshot = (storage: MemoryStorage) => Array.from({ length: storage.length }, (_, index) => storage.key(index)!).sort().map((key) => [key, storage.getItem(key)]);

describe('adding imported plans', () => {
  it('adds every plan of the file under its own id, each at its first revision', () => {
    const storage = new MemoryStorage();
    const plans = [plan(), plan()];
    const result = addPlans(storage, plans, freshIds());
    expect(result).toEqual({ ok: true, added: plans.map((item) => ({ ...item, revision: 1 })), skipped: [], renamed: 0 });
    expect(loadPlans(storage).plans.map((item) => item.id).sort()).toEqual(plans.map((item) => item.id).sort());
  });

  it('skips a plan already here with the same id and content, and says so', () => {
    const storage = new MemoryStorage();
    const kept = plan();
    savePlan(storage, kept);
    const before = snapshot(storage);
    const result = addPlans(storage, [{ ...kept, revision: 7 }], freshIds());
    expect(result).toEqual({ ok: true, added: [], skipped: [{ ...kept, revision: 7 }], renamed: 0 });
    expect(snapshot(storage)).toEqual(before);
    expect(result.ok && importSummary(result)).toBe('Nothing new to import. 1 plan was already here and was skipped.');
  });

  it('adds a different plan with a taken id beside the saved one, never over it', () => {
    const storage = new MemoryStorage();
    const kept = plan();
    savePlan(storage, kept);
    const result = addPlans(storage, [{ ...kept, account: 'Edited elsewhere' }], freshIds());
    expect(result.ok && result.added.map((item) => [item.id, item.account])).toEqual([['new-1', 'Edited elsewhere']]);
    expect(loadPlans(storage).plans.find((item) => item.id === kept.id)!.account).toBe('Fabrikam');
    expect(result.ok && importSummary(result)).toBe('Imported 1 plan. 1 plan had the id of a different plan already here, so it was added beside it, not over it.');
  });

  it('never writes over a damaged entry whose key the import would use', () => {
    const storage = new MemoryStorage();
    const incoming = plan();
    storage.setItem(planKey(incoming.id), '{"version":2,"id":"half');
    const result = addPlans(storage, [incoming], freshIds());
    expect(result.ok && result.renamed).toBe(1);
    expect(storage.getItem(planKey(incoming.id))).toBe('{"version":2,"id":"half');
    expect(loadPlans(storage).plans.map((item) => item.id)).toEqual(['new-1']);
  });

  it('gives a different plan with a taken id a new id and keeps the rest of it', () => {
    const storage = new MemoryStorage();
    const incoming = plan({ objectives: ['I need to understand who signs'] });
    savePlan(storage, { ...incoming, account: 'Saved here first' });
    const result = addPlans(storage, [incoming], freshIds());
    expect(result).toEqual({ ok: true, added: [{ ...incoming, id: 'new-1', revision: 1 }], skipped: [], renamed: 1 });
    expect(JSON.parse(storage.getItem(planKey('new-1'))!)).toEqual({ ...incoming, id: 'new-1', revision: 1 });
  });

  it('gives two different plans of one file that share an id an id each, in the order of the file', () => {
    const storage = new MemoryStorage();
    const one = plan();
    const result = addPlans(storage, [one, { ...one, account: 'Contoso' }], freshIds());
    expect(result.ok && result.added.map(({ id, account }) => [id, account])).toEqual([
      [one.id, 'Fabrikam'],
      ['new-1', 'Contoso'],
    ]);
  });

  it('gives a fresh id that no saved entry uses', () => {
    const storage = new MemoryStorage();
    const incoming = plan();
    savePlan(storage, { ...incoming, account: 'Another plan' });
    storage.setItem(planKey('new-1'), 'damaged');
    const result = addPlans(storage, [incoming], freshIds());
    expect(result.ok && result.added[0]!.id).toBe('new-2');
    expect(storage.getItem(planKey('new-1'))).toBe('damaged');
  });

  it('keeps two plans of one file that share an id: the same one once, a different one beside it', () => {
    const storage = new MemoryStorage();
    const one = plan();
    const result = addPlans(storage, [one, one, { ...one, account: 'Other' }], freshIds());
    expect(result.ok && [result.added.length, result.skipped.length, result.renamed]).toEqual([2, 1, 1]);
  });

  it('refuses a file that does not fit before writing anything', () => {
    const storage = new MemoryStorage(6000);
    savePlan(storage, plan());
    const before = snapshot(storage);
    const big = Array.from({ length: 8 }, () => plan({ known: 'k'.repeat(500) }));
    const result = addPlans(storage, big, freshIds());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^The 8 plans need about \d+ kB, more than this browser has room for, so nothing was imported\. /);
    expect(snapshot(storage)).toEqual(before);
  });

  it('says how much room the refused file needs, counting every entry it would write', () => {
    const storage = new MemoryStorage(3000);
    const big = Array.from({ length: 3 }, () => plan({ known: 'k'.repeat(900) }));
    const bytes = big.reduce((sum, item) => sum + planKey(item.id).length + JSON.stringify({ ...item, revision: 1 }).length, 0);
    const result = addPlans(storage, big, freshIds());
    expect(!result.ok && result.reason).toMatch(new RegExp(`^The 3 plans need about ${Math.ceil(bytes / 1000)} kB, `));
  });

  it('writes no plan at all, not even for a moment, when the file does not fit: other tabs see nothing come and go', () => {
    const storage = new MemoryStorage(6000);
    const tried: string[] = [];
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key: string, value: string) => {
      tried.push(key);
      setItem(key, value);
    };
    const result = addPlans(storage, Array.from({ length: 8 }, () => plan({ known: 'k'.repeat(500) })), freshIds());
    expect(result.ok).toBe(false);
    expect(tried.filter((key) => key.startsWith('attune:plan:'))).toEqual([]);
  });

  it('takes back what it wrote when a write fails halfway, so a file is imported all or none', () => {
    const storage = new MemoryStorage();
    const before = snapshot(storage);
    let writes = 0;
    const failing = Object.assign(storage, {
      setItem(key: string, value: string) {
        // The fit check passes; the third plan's write then fails, as a full disk or another tab's save would.
        if (!key.startsWith('attune:import') && ++writes === 3) throw new DOMException('full', 'QuotaExceededError');
        MemoryStorage.prototype.setItem.call(storage, key, value);
      },
    });
    const result = addPlans(failing, [plan(), plan(), plan(), plan()], freshIds());
    expect(result.ok).toBe(false);
    expect(snapshot(storage)).toEqual(before);
  });

  it('refuses plainly when the browser refuses every write', () => {
    const storage = new MemoryStorage();
    storage.blocked = true;
    expect(addPlans(storage, [plan()], freshIds())).toEqual({ ok: false, reason: 'This browser does not let the planner save, so nothing was imported.' });
  });

  it('says what was skipped and renamed in the plural too', () => {
    expect(importSummary({ ok: true, added: [plan(), plan()], skipped: [plan(), plan()], renamed: 2 })).toBe(
      'Imported 2 plans. 2 plans were already here and were skipped. 2 plans had the ids of different plans already here, so they were added beside them, not over them.',
    );
  });

  it('counts in words', () => {
    const summary = (added: number) => importSummary({ ok: true, added: Array.from({ length: added }, () => plan()), skipped: [], renamed: 0 });
    expect([summary(1), summary(3)]).toEqual(['Imported 1 plan.', 'Imported 3 plans.']);
    expect([count(0, 'plan'), count(1, 'plan'), count(2, 'plan was', 'plans were')]).toEqual(['0 plans', '1 plan', '2 plans were']);
  });
});

describe('reading an import', () => {
  const run = (text: string, size = text.length) => importPlans(text, size);

  it('round-trips an export', () => {
    const plans = [plan({ objectives: ['I need to understand the budget cycle'] }), plan()];
    const result = run(exportPlans(plans));
    expect(result).toEqual({ ok: true, plans, notices: [] });
  });

  it('takes a single plan too', () => {
    const single = plan();
    expect(run(JSON.stringify(single))).toEqual({ ok: true, plans: [single], notices: [] });
  });

  it.each([
    ['not JSON', 'this is a shopping list', 'The file is not JSON. Choose a file made by “Download JSON”.'],
    ['an empty bundle', JSON.stringify({ format: 'attune-call-plans', version: 2, plans: [] }), 'The file holds no plans.'],
    ['another kind of JSON', JSON.stringify({ name: 'package' }), 'Plan 1 in the file cannot be used: it is not a call plan (no known format version). Nothing was imported.'],
  ])('refuses %s with the reason', (_name, text, reason) => {
    expect(run(text)).toEqual({ ok: false, reason });
  });

  it('refuses the whole file when one plan in it fails the schema', () => {
    const result = run(exportPlans([plan(), { ...plan(), questions: [{ text: 'ok', kind: 'gossip' }] } as unknown as Plan]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^Plan 2 in the file cannot be used: questions\.0\.kind: .+ Nothing was imported\.$/);
  });

  it('refuses a file over 10 MB before reading it', () => {
    expect(run('{}', MAX_IMPORT_BYTES + 100_000)).toEqual({ ok: false, reason: 'The file is 10.1 MB; plans are never that large, so it was not read (the limit is 10 MB).' });
  });

  it('takes 500 plans, and refuses a file of 501 with the reason', () => {
    const many = (n: number) => exportPlans(Array.from({ length: n }, () => plan()));
    expect(MAX_IMPORT_PLANS).toBe(500);
    const five = run(many(500));
    expect(five.ok && five.plans.length).toBe(500);
    expect(run(many(501))).toEqual({ ok: false, reason: 'The file holds 501 plans, more than the 500 the planner imports at once, so nothing was imported.' });
  });

  it('accepts markup only as text and says so', () => {
    const hostile = plan({ objectives: ['<img src=x onerror=alert(1)>'] });
    const result = run(JSON.stringify(hostile));
    expect(result.ok).toBe(true);
    expect(result.ok && result.plans[0]!.objectives[0]).toBe('<img src=x onerror=alert(1)>');
    expect(result.ok && result.notices).toEqual(['Plan “Fabrikam” contains text that looks like HTML; it is shown as plain text.']);
  });
});
