import { useState } from 'preact/hooks';
import type { Plan } from '../../schemas/plan';
import { copyOfPlan } from '../../lib/planner/plan-copy';
import { saveHere } from './browser-plans';
import type { PlanShelf } from './share-kit';

/** "Save a copy to my plans": a shared plan kept under a new id, once, so it never replaces a plan. */
export default function KeepCopy({ plan, shelf }: { plan: Plan; shelf: PlanShelf }) {
  const [kept, setKept] = useState<Plan | null>(null);
  const [problem, setProblem] = useState('');
  const keep = () => {
    const copy = copyOfPlan(plan, crypto.randomUUID(), new Date());
    const result = saveHere(shelf, copy);
    if (result.ok) setKept(copy);
    setProblem(result.ok ? '' : result.message);
  };
  return (
    <>
      <button type="button" class="button" disabled={!!kept} onClick={keep}>{kept ? 'Copy saved' : 'Save a copy to my plans'}</button>
      <p class="shared__status" role="status">
        {kept && <>Saved in your plans as “{kept.name}”. <a href={location.pathname}>Open my plans</a></>}
        {problem}
      </p>
    </>
  );
}
