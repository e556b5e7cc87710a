import { SHARE_FRAGMENT } from '../../lib/planner/share-fragment';
import { useEffect, useState } from 'preact/hooks';
import type { PlannerFormData } from '../../lib/planner/page-data';
import { decodeShareLink, type DecodeResult } from '../../lib/planner/share-link';
import ReplyPlan from './ReplyPlan';
import ReviewPlan from './ReviewPlan';
import type { ShareKit } from './share-kit';

interface Props extends PlannerFormData {
  /** What the address fragment holds after its name. */
  /** The address fragment that holds the plan, `#share=` included. */
  fragment: string;
  kit: ShareKit;
}

/** What a share link opens: a plan to review, a reply with notes, or why the link cannot be read. Nothing is saved unasked. */
export default function SharedPlan({ fragment, kit, stages }: Props) {
  const body = fragment.slice(SHARE_FRAGMENT.length);
  const [read, setRead] = useState<DecodeResult | null>(null);
  useEffect(() => void decodeShareLink(body).then(setRead), [body]);
  const stageTitles = Object.fromEntries(stages.map((stage) => [stage.id, stage.title]));

  if (!read) return <p class="shared__status">Opening the shared plan…</p>;
  if (!read.ok) {
    return (
      <section class="planner shared shared--refused" aria-labelledby="shared-title">
        <h2 id="shared-title">This shared plan cannot be opened</h2>
        <p class="notice notice--problem">{read.reason}</p>
        <p>Nothing was saved, and your own plans are untouched. Ask the sender for a new link, or for the plan as a JSON file to import.</p>
        <a class="button" href={location.pathname}>Open my plans</a>
      </section>
    );
  }
  const { kind, plan } = read.shared;
  return kind === 'reply' ? <ReplyPlan reply={plan} stageTitles={stageTitles} shelf={kit.shelf} /> : <ReviewPlan plan={plan} stageTitles={stageTitles} kit={kit} />;
}
