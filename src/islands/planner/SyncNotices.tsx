import { planTitle } from '../../lib/planner/plan-model';
import ConflictChoice from './ConflictChoice';
import type { Conflict, PlannerContext } from './context';
import { choose, dropOrphan, keepOrphan } from './sync-actions';

interface Props {
  context: PlannerContext;
  conflicts: Conflict[];
  orphans: string[];
  stageTitles: Record<string, string>;
}

/** The questions another tab raises: which version of each changed part to keep, and whether to keep a deleted plan. */
export default function SyncNotices({ context, conflicts, orphans, stageTitles }: Props) {
  return (
    <>
      {conflicts.map((conflict) => {
        const mine = context.find(conflict.id);
        return mine && <ConflictChoice mine={mine} theirs={conflict.theirs} parts={conflict.parts} stageTitles={stageTitles} onChoose={(part, choice) => choose(context, conflict, part, choice)} />;
      })}
      {orphans.map((id) => {
        const mine = context.find(id);
        return mine && (
          <div class="notice notice--problem">
            <p>“{planTitle(mine)}” was deleted in another tab while you were changing it here. Keep it, with your changes, or let it go?</p>
            <button type="button" class="button button--small" onClick={() => keepOrphan(context, id)}>Keep it</button>{' '}
            <button type="button" class="button button--small" onClick={() => dropOrphan(context, id)}>Let it go</button>
          </div>
        );
      })}
    </>
  );
}
