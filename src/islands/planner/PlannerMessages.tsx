import { useContext } from 'preact/hooks';
import type { SheetFit } from '../../lib/planner/sheet-fit';
import { ToolsContext } from './tools-context';
import type { Plans } from './usePlans';

interface Props {
  plans: Plans;
  /** Part of the planner could not load. */
  problem: string;
  fit: SheetFit | null;
  stageTitles: Record<string, string>;
  onDownload(): void;
}

/**
 * What the planner has to tell the rep. Said at once: that this browser keeps nothing, and that part of the planner
 * could not load. Said with the tools, which load when one of them arises: storage trouble, other tabs, undo,
 * damaged data, a sheet too long for one page.
 */
export default function PlannerMessages({ plans, problem, fit, stageTitles, onDownload }: Props) {
  const { sync } = plans;
  const tools = useContext(ToolsContext);
  return (
    <>
      {/* Another tab's change needs an answer wherever the rep is on the page: it stays in view while they scroll. */}
      <div class="planner__sync no-print" aria-live="polite">
        {sync.module && <sync.module.SyncNotices context={sync.context} conflicts={sync.conflicts} orphans={sync.orphans} stageTitles={stageTitles} />}
      </div>
      <div class="planner__messages no-print" aria-live="polite">
        {!plans.kept && (
          <div class="notice notice--problem">
            <p>This browser lets the planner keep nothing (site data is blocked, or a private window). Plan as usual, but your plans go when this page closes: use “Download JSON” to keep them.</p>
            <button type="button" class="button button--small" onClick={onDownload}>Download JSON</button>
          </div>
        )}
        {problem && <p class="notice notice--problem">{problem}</p>}
        {tools && (
          <>
            <tools.StorageNotice trouble={plans.kept ? plans.trouble : null} onDownload={onDownload} />
            <tools.UndoBar context={plans.context} deleted={plans.deleted} />
          </>
        )}
        {plans.notices.map((notice) => <p class="notice">{notice}</p>)}
        {tools && (
          <>
            <tools.DamagedNotice damaged={plans.damaged} />
            <tools.TooLongNotice fit={fit} />
          </>
        )}
      </div>
    </>
  );
}
