import { useState } from 'preact/hooks';
import type { Plan } from '../../schemas/plan';
import { looksLikeMarkup, planTitle } from '../../lib/planner/plan-model';
import { replyNotices, withNotes } from '../../lib/planner/shared-plan';
import PlanSheet from '../../components/PlanSheet';
import { planHere, saveHere } from './browser-plans';
import KeepCopy from './KeepCopy';
import type { PlanShelf } from './share-kit';

interface Props {
  /** The plan as the reviewer read it, with their notes in `coachingNotes`. */
  reply: Plan;
  stageTitles: Record<string, string>;
  shelf: PlanShelf;
}

/** A reviewer's reply: their notes beside the rep's own plan, which takes them in with one click. */
export default function ReplyPlan({ reply, stageTitles, shelf }: Props) {
  const [own, setOwn] = useState(() => planHere(shelf, reply.id));
  const [accepted, setAccepted] = useState(false);
  const [problem, setProblem] = useState('');
  const accept = () => {
    const next = withNotes(own!, reply.coachingNotes, new Date());
    const result = saveHere(shelf, next);
    if (result.ok) {
      setOwn(next);
      setAccepted(true);
    }
    setProblem(result.ok ? '' : result.message);
  };
  const notices = own ? (accepted ? [] : replyNotices(own, reply)) : [own === null ? 'This browser will not show its saved plans, so the plan cannot be matched.' : 'The plan these notes are about is not in this browser’s plans: it may have been made in another browser, or deleted.'];
  return (
    <section class="planner shared" aria-labelledby="shared-title">
      <div class="shared__banner no-print">
        <p class="shared__kicker">A reply from your reviewer</p>
        <h2 id="shared-title">Coaching notes on “{planTitle(reply)}”</h2>
        {looksLikeMarkup(reply) && <p class="notice">Parts of this reply look like HTML; they are shown as plain text.</p>}
        {notices.map((notice) => <p class="notice">{notice}</p>)}
      </div>
      <div class="shared__columns">
        <section class="shared__notes-column" aria-labelledby="shared-notes-title">
          <h3 id="shared-notes-title">The reviewer’s notes</h3>
          <p class="shared__notes">{reply.coachingNotes.trim() || 'The reply holds no notes.'}</p>
          <div class="shared__actions no-print">
            {own ? (
              <button type="button" class="button button--primary" disabled={!reply.coachingNotes.trim() || own.coachingNotes === reply.coachingNotes} onClick={accept}>
                {accepted ? 'Notes accepted' : 'Accept the notes into my plan'}
              </button>
            ) : (
              <KeepCopy plan={reply} shelf={shelf} />
            )}
          </div>
          <p class="shared__status no-print" role="status">
            {accepted && <>The notes are in your plan now. <a href={location.pathname}>Open the plan</a></>}
            {problem}
          </p>
        </section>
        <section class="shared__sheet" aria-labelledby="shared-own-title">
          <h3 id="shared-own-title" class="no-print">{own ? 'Your plan, as saved in this browser' : 'The plan they reviewed'}</h3>
          <PlanSheet plan={own ?? reply} stageTitles={stageTitles} />
        </section>
      </div>
    </section>
  );
}
