import { useEffect, useRef, useState } from 'preact/hooks';
import type { Plan } from '../../schemas/plan';
import { isBlank, newPlan } from '../../lib/planner/plan-model';
import { browserStorage, loadPlans, savePlan, type DamagedEntry, type LoadResult, type PlanStorage, type StorageTrouble } from '../../lib/planner/plan-store';
import { MemoryStorage } from '../../lib/planner/memory-storage';
import type { Prefill } from '../../lib/planner/prefill';
import type { StageOption } from '../../lib/planner/options';
import type { Deleted } from './context';
import { useSync } from './useSync';
import { isShareLink } from '../../lib/planner/share-fragment';

const SAVE_DELAY = 400;
export const makeId = (): string => crypto.randomUUID();

/**
 * The rep's plans: loaded from this browser's storage (or kept in memory where the browser allows none), saved a
 * moment after each edit over the revision they were read at, and kept in step with other tabs (useSync). Deleting
 * and undoing are lazily loaded actions on `context` (UndoBar.tsx).
 */
export function usePlans(stages: StageOption[]) {
  const [plans, setPlans] = useState<Plan[] | null>(null);
  const [currentId, setCurrentId] = useState('');
  const [status, setStatus] = useState('');
  const [trouble, setTrouble] = useState<StorageTrouble | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [damaged, setDamaged] = useState<DamagedEntry[]>([]);
  const [deleted, setDeleted] = useState<Deleted[]>([]);
  const storage = useRef<PlanStorage>(null!);
  // The list and the open plan as refs too: saves, storage events and undo run between renders.
  const list = useRef<Plan[]>([]);
  const current = useRef('');
  const bases = useRef(new Map<string, Plan>());
  const pending = useRef<Plan | null>(null);
  const timer = useRef(0);

  /** False where the browser lets the planner keep nothing: plans then live in memory, on this page only. */
  const kept = () => !(storage.current instanceof MemoryStorage);
  const setList = (next: Plan[]) => setPlans((list.current = next));
  const find = (id: string) => list.current.find((item) => item.id === id);
  const replace = (plan: Plan) => setList(list.current.map((item) => (item.id === plan.id ? plan : item)));
  const open = (id: string) => setCurrentId((current.current = id));
  /**
   * Saves `plan` over the revision it was read at. `announce: false` is the new plan the planner opens by itself: it
   * is saved without a "Saved at" for what the rep has not written yet, which also spares the first load the browser's
   * time formatting, whose first use takes tens of milliseconds.
   */
  const save = (plan: Plan, announce = true) => {
    if (sync.context.held.has(plan.id)) return;
    const result = savePlan(storage.current, plan);
    if (result.ok) {
      bases.current.set(plan.id, result.plan);
      const item = find(plan.id);
      if (item) replace({ ...item, revision: result.plan.revision });
      setTrouble(null);
      if (!kept()) setStatus('Kept on this page only');
      else if (announce) setStatus(`Saved at ${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`);
    } else if (result.reason === 'changed') sync.context.reconcileLater(plan.id);
    else setTrouble(result.reason);
  };
  const flush = () => {
    clearTimeout(timer.current);
    const plan = pending.current;
    pending.current = null;
    if (plan) save(plan);
  };
  const drop = (id: string) => {
    const rest = list.current.filter((item) => item.id !== id);
    const fresh = rest.length ? undefined : newPlan(new Date(), makeId());
    setList(fresh ? [fresh] : rest);
    if (current.current === id) open((fresh ?? rest[0]!).id);
    if (fresh) save(fresh);
  };
  const say = (...shown: string[]) => setNotices(shown);
  const sync = useSync({ storage, list, current, bases, pending, find, replace, setList, open, drop, save, flush, say, setTrouble, setDeleted });

  useEffect(() => {
    // A shared plan opens in its own view (useSharedLink), and opening it must neither create nor save a plan.
    if (isShareLink(location.hash)) return;
    let store = browserStorage();
    let loaded: LoadResult = { plans: [], damaged: [], older: [], migrated: [] };
    try {
      if (store) loaded = loadPlans(store);
    } catch {
      store = null;
    }
    storage.current = store ?? new MemoryStorage();
    // What a link from the self-check or a stage page fills in, and plans saved by the first planner: the code for
    // each loads only when there is one.
    const none: Prefill = { values: {}, notices: [] };
    const prefill = location.search ? import('../../lib/planner/prefill').then(({ prefillFromQuery }) => prefillFromQuery(location.search, stages), () => none) : none;
    const older = loaded.older;
    const migrate = older.length
      ? import('../../lib/planner/plan-migrate').then(({ migrateOlder }) => migrateOlder(loaded, older), () => (loaded.damaged.push(...older), []))
      : [];
    void Promise.all([prefill, migrate]).then(([{ values, notices }, migrated]) => {
      for (const plan of loaded.plans) bases.current.set(plan.id, plan);
      const found = [...notices, ...migrated];
      let all = loaded.plans;
      const prefilled = Object.keys(values).length > 0;
      const fresh = prefilled || all.length === 0;
      if (fresh) {
        const plan = { ...(all[0] && isBlank(all[0]) ? all[0] : newPlan(new Date(), makeId())), ...values };
        all = [plan, ...all.filter((item) => item.id !== plan.id)];
        if (location.search) history.replaceState(null, '', location.pathname);
      }
      setList(all);
      open(all[0]!.id);
      if (fresh) save(all[0]!, prefilled);
      setDamaged(loaded.damaged);
      setNotices(found);
    });
    const hide = () => {
      flush();
      sync.keepCopies();
    };
    addEventListener('pagehide', hide);
    if (store) addEventListener('storage', sync.onStorage);
    return () => {
      removeEventListener('pagehide', hide);
      removeEventListener('storage', sync.onStorage);
    };
  }, []);

  return {
    plans,
    plan: (plans && plans.find((item) => item.id === currentId)) ?? null,
    status,
    kept: kept(),
    trouble,
    notices,
    damaged,
    deleted,
    sync,
    context: sync.context,
    flush,
    /** Changes the open plan; it is saved a moment later, or at once on flush. */
    update(change: Partial<Plan>) {
      const item = find(current.current);
      if (!item) return;
      const next = { ...item, ...change, updatedAt: new Date().toISOString() };
      replace(next);
      pending.current = next;
      setStatus('Saving…');
      clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SAVE_DELAY);
    },
    switchTo(id: string) {
      flush();
      open(id);
    },
    /** Adds a new plan and opens it. */
    add(plan: Plan) {
      flush();
      setList([plan, ...list.current]);
      open(plan.id);
      save(plan);
    },
  };
}

export type Plans = ReturnType<typeof usePlans>;
