import { planKey, readEntry } from '../../lib/planner/plan-store';
import { removePlan, restorePlan } from '../../lib/planner/plan-delete';
import { planTitle } from '../../lib/planner/plan-model';
import type { Deleted, PlannerContext } from './context';

/** Deletes the open plan; what was saved of it goes on the undo stack, so every delete can be undone. */
export function deleteCurrent(context: PlannerContext): void {
  context.flush();
  const plan = context.find(context.current.current);
  if (!plan) return;
  let raw: string | null = null;
  try {
    raw = removePlan(context.storage.current, plan.id);
  } catch {
    // Storage refused even to read: the plan only ever lived on this page.
  }
  context.bases.current.delete(plan.id);
  context.release(plan.id);
  context.setDeleted((all) => [...all, { plan, raw: raw ?? JSON.stringify(plan) }]);
  context.drop(plan.id);
}

/** Brings back the latest deleted plan, exactly as it was saved. */
function undo(context: PlannerContext, last: Deleted): void {
  const { plan, raw } = last;
  context.setDeleted((all) => all.filter((item) => item !== last));
  const result = restorePlan(context.storage.current, plan.id, raw);
  // Something is saved under its key again (another tab brought it back): take that.
  if (!result.ok && result.reason === 'changed') return context.reconcileLater(plan.id);
  const read = readEntry(planKey(plan.id), raw);
  const back = read.ok ? read.plan : plan;
  if (result.ok) context.bases.current.set(back.id, back);
  else if (result.reason !== 'changed') context.setTrouble(result.reason);
  // A plan that could not be put back stays on the page as never saved, so the next save tries again.
  context.setList([result.ok ? back : { ...back, revision: 0 }, ...context.list.current]);
  context.open(back.id);
}

/** "“B” and “A”". */
const quoted = (plans: Deleted[]) => {
  const titles = plans.map((item) => `“${planTitle(item.plan)}”`).reverse();
  return titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles[0];
};

/** The plans deleted on this page, newest first; each Undo brings back one more, until the rep dismisses the bar. */
export default function UndoBar({ context, deleted }: { context: PlannerContext; deleted: Deleted[] }) {
  const last = deleted.at(-1);
  if (!last) return null;
  return (
    <div class="notice">
      <p>Deleted {quoted(deleted)}.</p>
      <button type="button" class="button button--small" onClick={() => undo(context, last)}>
        Undo<span class="visually-hidden">: bring back “{planTitle(last.plan)}”</span>
      </button>{' '}
      <button type="button" class="button button--small" onClick={() => context.setDeleted(() => [])}>Dismiss</button>
    </div>
  );
}
