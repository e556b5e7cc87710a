import type { Plan } from '../../schemas/plan';
import type { PlanStorage, StorageTrouble } from '../../lib/planner/plan-store';
import type { PlanPart } from '../../lib/planner/plan-merge';

type Box<T> = { current: T };

/** A deleted plan and what was saved of it, kept so the delete can be undone exactly. */
export interface Deleted {
  plan: Plan;
  raw: string;
}

/** A plan both tabs changed in the same parts: this tab's version is on the page, `theirs` is saved. */
export interface Conflict {
  id: string;
  theirs: Plan;
  parts: PlanPart[];
}

/**
 * The planner's plans and storage as the lazily loaded actions (delete and undo, the sync with other tabs) work on
 * them: refs that are current between renders, and the functions that change them (usePlans, useSync).
 */
export interface PlannerContext {
  storage: Box<PlanStorage>;
  /** Every plan, newest first, and the open one's id. */
  list: Box<Plan[]>;
  current: Box<string>;
  /** The saved version each plan was last read or written as: what an edit is made on, and what a merge starts from. */
  bases: Box<Map<string, Plan>>;
  /** The edit waiting to be saved. */
  pending: Box<Plan | null>;
  find(id: string): Plan | undefined;
  replace(plan: Plan): void;
  setList(plans: Plan[]): void;
  open(id: string): void;
  /** Takes a plan out of the list; when it was the last one, a blank plan takes its place. */
  drop(id: string): void;
  save(plan: Plan): void;
  flush(): void;
  /** Shows these notices in place of the last ones. */
  say(...notices: string[]): void;
  setTrouble(trouble: StorageTrouble | null): void;
  setDeleted(update: (all: Deleted[]) => Deleted[]): void;
  /** Plans waiting for the rep's choice after another tab changed them: never saved over the other tab's meanwhile. */
  held: Set<string>;
  hold(id: string): void;
  /** Resumes saving a plan and clears its conflict or question. */
  release(id: string): void;
  setConflicts(update: (all: Conflict[]) => Conflict[]): void;
  setOrphans(update: (all: string[]) => string[]): void;
  /** Looks again at what is saved for a plan, once the merge has loaded, and acts on it. */
  reconcileLater(id: string): void;
}
