import { useEffect, useRef } from 'preact/hooks';
import type { Plan } from '../../schemas/plan';
import { planTitle } from '../../lib/planner/plan-model';
import LinkBox from './LinkBox';
import type { ShareKit } from './share-kit';

interface Props {
  plan: Plan;
  kit: ShareKit;
  onClose(): void;
}

/** The rep's side of sharing: a link to the plan on screen, to send to a manager or sponsor before the call. */
export default function SharePanel({ plan, kit, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const title = planTitle(plan);
  return (
    <section class="share-panel" aria-labelledby="share-panel-title">
      <h2 id="share-panel-title" class="share-panel__title" tabIndex={-1} ref={heading}>Share “{title}” for review</h2>
      <p>
        The plan travels inside the link, after the #, which browsers never send to a server: nothing is uploaded, and
        anyone with the link can read it. Your reviewer can reply with coaching notes, by link too.
      </p>
      <LinkBox shared={{ kind: 'review', plan }} base={kit.linkBase} id="share-link" label="Link to this plan" title={`Call plan for review: ${title}`} />
      <p class="field__hint">The link holds the plan as it is now and changes as you edit: send it when the plan is ready.</p>
      <button type="button" class="button" onClick={() => {
        onClose();
        document.getElementById('plan-share')?.focus();
      }}>Close</button>
    </section>
  );
}
