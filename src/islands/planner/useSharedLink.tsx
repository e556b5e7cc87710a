import { useEffect, useState } from 'preact/hooks';
import type { Plan } from '../../schemas/plan';
import type { PlannerFormData } from '../../lib/planner-data';
import { loadPlans, savePlan, type SaveResult } from '../../lib/plan-store';
import { isShareLink, SHARE_FRAGMENT } from '../../lib/planner/share-fragment';
import type { Tools } from './tools-context';

type ShareModule = typeof import('./share');

/** This browser's plans as the share code reaches them: through the planner's store, never around it. */
export interface PlanShelf {
  /** The plan saved under `id`; throws where the browser blocks saved data. */
  find(id: string): Plan | undefined;
  save(plan: Plan): SaveResult;
}

/**
 * What the share code gets from the planner. Handed over rather than imported, so the share chunk shares no module
 * with the planner's first load and the bundler has no common chunk to split out of it.
 */
export interface ShareKit {
  /** The planner's address and the fragment's name: a link is this followed by the packed plan. */
  linkBase: string;
  shelf: PlanShelf;
  loadTools(): Promise<Tools>;
}

const shelf: PlanShelf = {
  find: (id) => loadPlans(localStorage).plans.find((plan) => plan.id === id),
  save: (plan) => savePlan(localStorage, plan),
};

/**
 * Sharing by link. Its code arrives on first use (the page opens on a share link, or the rep asks for one), so the
 * planner's first load does not carry it. `view` takes the planner's place while the address holds a shared plan.
 */
export function useSharedLink(data: PlannerFormData, loadTools: () => Promise<Tools>) {
  const [share, setShare] = useState<ShareModule | null>(null);
  const [body, setBody] = useState('');
  const [sharing, setSharing] = useState(false);
  const [failed, setFailed] = useState(false);
  const load = () => {
    setFailed(false);
    import('./share').then(setShare, () => setFailed(true));
  };
  useEffect(() => {
    if (isShareLink(location.hash)) {
      setBody(location.hash.slice(SHARE_FRAGMENT.length));
      load();
    }
    // A link pasted into this tab changes only the fragment: reload, so the page opens the shared plan (or the planner) afresh.
    const reopen = (event: HashChangeEvent) => (isShareLink(location.hash) || isShareLink(new URL(event.oldURL).hash)) && location.reload();
    addEventListener('hashchange', reopen);
    return () => removeEventListener('hashchange', reopen);
  }, []);
  const kit = (): ShareKit => ({ linkBase: location.origin + location.pathname + SHARE_FRAGMENT, shelf, loadTools });
  const problem = failed && <p class="notice notice--problem">Sharing could not load; check the connection and try again.</p>;
  return {
    view: body ? (share ? <share.SharedPlan body={body} kit={kit()} {...data} /> : problem || <p>Opening the shared plan…</p>) : null,
    /** Opens the panel that makes a link for the plan on screen. */
    start() {
      setSharing(true);
      load();
    },
    panel: (plan: Plan) => sharing && (share ? <share.SharePanel plan={plan} kit={kit()} onClose={() => setSharing(false)} /> : problem),
  };
}
