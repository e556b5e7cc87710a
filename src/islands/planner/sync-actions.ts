import { planLimits, type Plan } from '../../schemas/plan';
import { planTitle } from '../../lib/planner/plan-model';
import { savePlan } from '../../lib/planner/plan-store';
import { takePart, type PlanPart } from '../../lib/planner/plan-merge';
import type { SyncAction } from '../../lib/planner/plan-sync';
import type { Choice } from './ConflictChoice';
import type { Conflict, PlannerContext } from './context';

/** Carries out what `reconcile` decided for plan `id`. */
export function applySync(context: PlannerContext, id: string, action: SyncAction): void {
  const { bases, pending, find, replace, hold, release } = context;
  const title = planTitle(find(id) ?? ({ name: id } as Plan));
  if (action.kind === 'adopt') {
    release(id);
    if (pending.current?.id === id) pending.current = null;
    bases.current.set(id, action.plan);
    if (find(id)) replace(action.plan);
    else context.setList([action.plan, ...context.list.current]);
  } else if (action.kind === 'merge') {
    release(id);
    bases.current.set(id, action.base);
    replace(action.plan);
    context.save(action.plan);
  } else if (action.kind === 'conflict') {
    hold(id);
    bases.current.set(id, action.base);
    replace(action.plan);
    context.setConflicts((all) => [...all.filter((conflict) => conflict.id !== id), { id, theirs: action.base, parts: action.parts }]);
  } else if (action.kind === 'gone') {
    release(id);
    bases.current.delete(id);
    context.drop(id);
    context.say(`“${title}” was deleted in another tab.`);
  } else if (action.kind === 'orphan') {
    hold(id);
    context.setOrphans((all) => (all.includes(id) ? all : [...all, id]));
  } else if (action.kind === 'unreadable') {
    hold(id);
    context.say(`Another tab saved “${title}” in a form this planner cannot read (${action.reason}), so this tab saves nothing over it. Use “Download JSON” to keep this tab’s version.`);
  }
}

/** The rep's choice for one part of a conflict; once every part is chosen, the plan is saved again. */
export function choose(context: PlannerContext, conflict: Conflict, part: PlanPart, choice: Choice): void {
  const mine = context.find(conflict.id);
  if (!mine) return;
  const next = choice === 'theirs' ? takePart(mine, conflict.theirs, part) : mine;
  context.replace(next);
  const parts = conflict.parts.filter((other) => other !== part);
  if (parts.length) context.setConflicts((all) => all.map((other) => (other.id === conflict.id ? { ...other, parts } : other)));
  else {
    context.release(conflict.id);
    context.save(next);
  }
}

/** A plan deleted in another tab that the rep chose to keep: saved again, as new. */
export function keepOrphan(context: PlannerContext, id: string): void {
  const mine = context.find(id);
  context.release(id);
  context.bases.current.delete(id);
  if (!mine) return;
  const again = { ...mine, revision: 0 };
  context.replace(again);
  context.save(again);
}

/** A plan deleted in another tab that the rep lets go. */
export function dropOrphan(context: PlannerContext, id: string): void {
  context.release(id);
  context.drop(id);
}

/**
 * Saves this tab's version of every held plan as a new plan beside the other tab's, run as the page goes away: a rep
 * who closes the tab without choosing loses neither version.
 */
export function keepCopies(context: PlannerContext): void {
  for (const id of context.held) {
    const mine = context.find(id);
    if (mine) savePlan(context.storage.current, { ...mine, id: crypto.randomUUID(), revision: 0, name: `${planTitle(mine)} (this tab’s version)`.slice(0, planLimits.name) });
    context.held.delete(id);
  }
}
