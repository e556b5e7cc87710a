import type { Plan } from '../../schemas/plan';
import { loadPlans, savePlan, type SaveResult } from '../../lib/planner/plan-store';
import { SHARE_FRAGMENT } from '../../lib/planner/share-fragment';
import type { Tools } from './tools-context';

/** This browser's plans as the share code reaches them: through the planner's store, never around it. */
export interface PlanShelf {
  /** The plan saved under `id`; throws where the browser blocks saved data. */
  find(id: string): Plan | undefined;
  save(plan: Plan): SaveResult;
}

/** What the share code gets from the planner: handed over, so the share chunk shares no module with the first load. */
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

/** The kit for the page the planner is on; made in the share chunk, which loads on first use. */
export const kitFor = (loadTools: () => Promise<Tools>): ShareKit => ({ linkBase: location.origin + location.pathname + SHARE_FRAGMENT, shelf, loadTools });
