import { useEffect, useState } from 'preact/hooks';
import type { Plan } from '../../schemas/plan';
import type { PlannerFormData } from '../../lib/planner/page-data';
import { isShareLink, SHARE_FRAGMENT } from '../../lib/planner/share-fragment';
import type { Tools } from './tools-context';

type ShareModule = typeof import('./share');

/**
 * Sharing by link. Its code arrives on first use (the page opens on a share link, or the rep asks for one), so the
 * planner's first load does not carry it. `view` takes the planner's place while the address holds a shared plan.
 */
export function useSharedLink(data: PlannerFormData, loadTools: () => Promise<Tools>) {
  // null until the code arrives, false when it could not load.
  const [share, setShare] = useState<ShareModule | null | false>(null);
  const [fragment, setFragment] = useState('');
  const [sharing, setSharing] = useState(false);
  // A retry after a failure keeps the message up until the code arrives.
  const load = () => void import('./share').then(setShare, () => setShare(false));
  useEffect(() => {
    if (isShareLink(location.hash)) {
      setFragment(location.hash);
      load();
    }
    // A link pasted into this tab changes only the fragment: reload, so the page opens the shared plan (or the planner)
    // afresh. The planner lives as long as its page, so the listener is never removed.
    addEventListener('hashchange', (event) => (location.hash + event.oldURL).includes(SHARE_FRAGMENT) && location.reload());
  }, []);
  const problem = share === false && <p class="notice notice--problem">Sharing could not load; check the connection.</p>;
  return {
    // Until the share code arrives, the planner's inert placeholder holds the page (usePlans opens nothing meanwhile).
    view: fragment && (share ? <share.SharedPlan fragment={fragment} kit={share.kitFor(loadTools)} {...data} /> : problem || null),
    /** Opens the panel that makes a link for the plan on screen. */
    start() {
      setSharing(true);
      load();
    },
    panel: (plan: Plan) => sharing && (share ? <share.SharePanel plan={plan} kit={share.kitFor(loadTools)} onClose={() => setSharing(false)} /> : problem),
  };
}
