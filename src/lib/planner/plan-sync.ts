import type { Plan } from '../../schemas/plan.ts';
import { readEntry } from './plan-store.ts';
import { contentOf, mergePlans, type PlanPart } from './plan-merge.ts';

/** What a tab does when a plan's saved entry is not what the tab last read: another tab saved or deleted it. */
export type SyncAction =
  | { kind: 'none' }
  /** Take their plan as it is (new to this tab, or this tab has no unsaved edit to it). */
  | { kind: 'adopt'; plan: Plan }
  /** Both tabs edited different parts: `plan` keeps both and is to be saved over `base`, their save. */
  | { kind: 'merge'; plan: Plan; base: Plan }
  /** Both tabs edited the same parts differently: `plan` keeps this tab's version of them until the rep chooses. */
  | { kind: 'conflict'; plan: Plan; base: Plan; parts: PlanPart[] }
  /** Deleted elsewhere, and this tab has nothing unsaved in it: let it go. */
  | { kind: 'gone' }
  /** Deleted elsewhere while this tab has unsaved edits to it: ask before saving it again. */
  | { kind: 'orphan' }
  /** What is saved now cannot be read (a newer planner wrote it): keep this tab's version and write nothing over it. */
  | { kind: 'unreadable'; reason: string };

/** True when this tab holds edits to the plan that are not in `base`, the version it last read or wrote. */
export const hasUnsavedEdits = (mine: Plan, base: Plan | undefined): boolean => !base || contentOf(mine) !== contentOf(base);

/**
 * Decides what to do with `stored`, what is saved under `key` now, given this tab's plan (`mine`, if it has it)
 * and `base`, the saved version this tab's plan was last read or written as.
 */
export function reconcile(key: string, stored: string | null, mine: Plan | undefined, base: Plan | undefined): SyncAction {
  if (stored === null) {
    // A plan this tab never saved was not deleted anywhere: its first save creates it.
    if (!mine || !base) return { kind: 'none' };
    return hasUnsavedEdits(mine, base) ? { kind: 'orphan' } : { kind: 'gone' };
  }
  const read = readEntry(key, stored);
  if (!read.ok) return mine ? { kind: 'unreadable', reason: read.reason } : { kind: 'none' };
  const theirs = read.plan;
  if (!mine) return { kind: 'adopt', plan: theirs };
  if (base && base.revision === theirs.revision && contentOf(base) === contentOf(theirs)) return { kind: 'none' };
  if (base && !hasUnsavedEdits(mine, base)) return { kind: 'adopt', plan: theirs };
  const merged = mergePlans(base, mine, theirs);
  return merged.conflicts.length
    ? { kind: 'conflict', plan: merged.plan, base: theirs, parts: merged.conflicts }
    : { kind: 'merge', plan: merged.plan, base: theirs };
}
