import { useRef, useState } from 'preact/hooks';
import type { Plan } from '../../schemas/plan';
import { planTitle } from '../../lib/planner/plan-model';
import { planKey, PLAN_PREFIX } from '../../lib/planner/plan-store';
import type { Conflict, PlannerContext } from './context';

type SyncModule = typeof import('./sync');
type SyncParts = 'held' | 'hold' | 'release' | 'setConflicts' | 'setOrphans' | 'reconcileLater';

/**
 * Keeps this tab in step with other tabs on the same plans. When a save finds a newer revision, or a `storage`
 * event says another tab saved or deleted a plan, the merge (loaded on first need) decides what to do. Plans
 * waiting for the rep's choice are held: nothing is saved over the other tab's until the rep has chosen.
 */
export function useSync(plans: Omit<PlannerContext, SyncParts>) {
  const [module, setModule] = useState<SyncModule | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  /** Deleted in another tab while this tab had unsaved edits to them. */
  const [orphans, setOrphans] = useState<string[]>([]);
  const held = useRef(new Set<string>());
  const loading = useRef<Promise<SyncModule> | undefined>(undefined);
  // Also as a ref: the page's pagehide listener is set once, and must see the module once it has loaded.
  const loaded = useRef<SyncModule | null>(null);

  const context: PlannerContext = {
    ...plans,
    held: held.current,
    setConflicts,
    setOrphans,
    hold(id) {
      held.current.add(id);
      if (plans.pending.current?.id === id) plans.pending.current = null;
    },
    release(id) {
      held.current.delete(id);
      setConflicts((all) => all.filter((conflict) => conflict.id !== id));
      setOrphans((all) => all.filter((orphan) => orphan !== id));
    },
    reconcileLater(id) {
      (loading.current ??= import('./sync')).then(
        (sync) => {
          setModule((loaded.current = sync));
          const key = planKey(id);
          sync.applySync(context, id, sync.reconcile(key, plans.storage.current.getItem(key), plans.find(id), plans.bases.current.get(id)));
        },
        () => {
          loading.current = undefined;
          context.hold(id);
          plans.say(`Another tab changed “${planTitle(plans.find(id) ?? ({ name: id } as Plan))}”, but the planner could not load what merges the two. Nothing is saved over it: use “Download JSON” to keep this tab’s version, then reload.`);
        },
      );
    },
  };

  return {
    module,
    conflicts,
    orphans,
    context,
    /** As the page goes away: saves this tab's version of each plan still waiting for a choice beside the other's. */
    keepCopies: () => loaded.current?.keepCopies(context),
    onStorage(event: StorageEvent) {
      if (event.key === null) plans.list.current.forEach((plan) => context.reconcileLater(plan.id));
      else if (event.key.startsWith(PLAN_PREFIX)) context.reconcileLater(event.key.slice(PLAN_PREFIX.length));
    },
  };
}
