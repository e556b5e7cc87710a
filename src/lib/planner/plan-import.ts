import type { Plan } from '../../schemas/plan.ts';
import { planKey, planKeys, readEntry, troubleOf, type PlanStorage } from './plan-store.ts';
import { contentOf } from './plan-merge.ts';
import { count } from './words.ts';

/** Where the fit check writes, for a moment, as much as the import will. */
const PROBE_KEY = 'attune:import-check';

export type AddResult =
  | {
      ok: true;
      /** The plans written, as saved (with a new id where theirs was taken). */
      added: Plan[];
      /** Plans already saved here with the same id and content: an import of a file imported before. */
      skipped: Plan[];
      /** How many of `added` came with the id of a different plan already here, and got a new one. */
      renamed: number;
    }
  | { ok: false; reason: string };

/**
 * Adds imported plans to `storage`, all or none. A plan never replaces what is saved under its key, damaged or not:
 * the same plan (same id, same content) is skipped, any other gets a new id. Before anything is written, one entry
 * as large as all of them is written and removed, so a file that does not fit is refused whole; should a write
 * still fail, the ones already written are removed again.
 */
export function addPlans(storage: PlanStorage, plans: readonly Plan[], newId: () => string): AddResult {
  // Every key in use, damaged entries included: an import never takes one.
  const taken = new Set(planKeys(storage));
  const queued = new Map<string, Plan>();
  const skipped: Plan[] = [];
  let renamed = 0;
  /** What already holds `key`: a plan of this import, a saved plan, a damaged entry, or nothing. */
  const holder = (key: string): Plan | 'damaged' | undefined => {
    if (queued.has(key)) return queued.get(key);
    if (!taken.has(key)) return undefined;
    const read = readEntry(key, storage.getItem(key) ?? '');
    return read.ok ? read.plan : 'damaged';
  };
  const freeId = (): string => {
    let id: string;
    do id = newId();
    while (taken.has(planKey(id)) || queued.has(planKey(id)));
    return id;
  };
  for (const plan of plans) {
    const there = holder(planKey(plan.id));
    if (there && there !== 'damaged' && contentOf(there) === contentOf(plan)) {
      skipped.push(plan);
      continue;
    }
    if (there) renamed++;
    const id = there ? freeId() : plan.id;
    queued.set(planKey(id), { ...plan, id, revision: 1 });
  }
  const entries = [...queued].map(([key, plan]) => [key, JSON.stringify(plan)] as const);
  const written: string[] = [];
  try {
    storage.setItem(PROBE_KEY, entries.map(([key, text]) => key + text).join(''));
    storage.removeItem(PROBE_KEY);
    for (const [key, text] of entries) {
      storage.setItem(key, text);
      written.push(key);
    }
  } catch (error) {
    for (const key of [PROBE_KEY, ...written]) {
      try {
        storage.removeItem(key);
      } catch {
        // A storage that refuses this refused the writes too: nothing of the import is there.
      }
    }
    const size = entries.reduce((sum, [key, text]) => sum + key.length + text.length, 0);
    return {
      ok: false,
      reason:
        troubleOf(error) === 'quota'
          ? `The ${count(entries.length, 'plan')} need about ${Math.ceil(size / 1000)} kB, more than this browser has room for, so nothing was imported. Delete plans you no longer need and import again.`
          : 'This browser does not let the planner save, so nothing was imported.',
    };
  }
  return { ok: true, added: [...queued.values()], skipped, renamed };
}

/** What the planner says after an import: how many were imported, in words, and what was skipped or renamed. */
export function importSummary(result: Extract<AddResult, { ok: true }>): string {
  const { added, skipped, renamed } = result;
  const parts = [added.length ? `Imported ${count(added.length, 'plan')}.` : 'Nothing new to import.'];
  if (skipped.length) parts.push(`${count(skipped.length, 'plan was', 'plans were')} already here and ${skipped.length === 1 ? 'was' : 'were'} skipped.`);
  if (renamed === 1) parts.push(`${count(1, 'plan')} had the id of a different plan already here, so it was added beside it, not over it.`);
  else if (renamed) parts.push(`${count(renamed, 'plan')} had the ids of different plans already here, so they were added beside them, not over them.`);
  return parts.join(' ');
}
