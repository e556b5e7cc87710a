import { useState } from 'preact/hooks';
import type { Plan } from '../../schemas/plan';
import { looksLikeMarkup, planTitle } from '../../lib/planner/plan-model';
import PlanSheet from '../../components/PlanSheet';
import { useFitting, useSheetFit } from './useSheetFit';
import CoachFlags from './CoachFlags';
import { planHere } from './browser-plans';
import KeepCopy from './KeepCopy';
import ReplyNotes from './ReplyNotes';
import type { ShareKit } from './share-kit';

interface Props {
  plan: Plan;
  stageTitles: Record<string, string>;
  kit: ShareKit;
}

/** A plan someone shared for review, read-only: print it, keep a copy, or reply with coaching notes. */
export default function ReviewPlan({ plan, stageTitles, kit }: Props) {
  const [replying, setReplying] = useState(false);
  const [alsoHere] = useState(() => !!planHere(kit.shelf, plan.id));
  // The same fit to one page as the rep's own sheet; a read-only plan has no edit to save before printing.
  const fitting = useFitting();
  const { box } = useSheetFit(plan, () => undefined, fitting);
  return (
    <section class="planner shared" aria-labelledby="shared-title">
      <div class="shared__banner no-print">
        <p class="shared__kicker">Someone else’s plan, read-only</p>
        <h2 id="shared-title">Shared plan: {planTitle(plan)}</h2>
        <p>
          It was shared with you for coaching, and it came inside the link itself: nothing was fetched from a server or
          sent to one. It is not in your plans unless you save a copy.
        </p>
        {looksLikeMarkup(plan) && <p class="notice">Parts of this plan look like HTML; they are shown as plain text.</p>}
        {alsoHere && <p class="notice">This plan is in your plans too; here is the version in the link. Saving a copy keeps yours as it is.</p>}
        <div class="shared__actions">
          <button type="button" class="button button--primary" onClick={() => print()}>Print</button>
          <KeepCopy plan={plan} shelf={kit.shelf} />
          <button type="button" class="button" aria-expanded={replying} aria-controls="shared-reply" onClick={() => setReplying(true)}>Reply with notes</button>
        </div>
      </div>
      <div id="shared-reply">{replying && <ReplyNotes plan={plan} linkBase={kit.linkBase} />}</div>
      <CoachFlags objectives={plan.objectives} loadTools={kit.loadTools} />
      <div class="shared__sheet" ref={box}>
        <PlanSheet plan={plan} stageTitles={stageTitles} />
      </div>
    </section>
  );
}
