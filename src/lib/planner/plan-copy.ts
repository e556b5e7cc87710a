import { planLimits, type Plan } from '../../schemas/plan.ts';
import { planTitle } from './plan-model.ts';

/**
 * A copy of a plan to keep beside it (a duplicate, or a shared plan kept in this browser): a new id and name, so it
 * never takes the place of a plan already here, and revision 0, so the store saves it as new.
 */
export function copyOfPlan(plan: Plan, id: string, now: Date): Plan {
  const stamp = now.toISOString();
  return { ...plan, id, revision: 0, name: `Copy of ${planTitle(plan)}`.slice(0, planLimits.name), createdAt: stamp, updatedAt: stamp };
}
