import { useEffect, useRef, useState } from 'preact/hooks';
import type { Plan } from '../../schemas/plan';
import { planTitle } from '../../lib/planner/plan-model';
import LinkBox from './LinkBox';

interface Props {
  plan: Plan;
  linkBase: string;
}

/** The reviewer's reply: coaching notes, carried back to the rep in a link with the plan they are about. */
export default function ReplyNotes({ plan, linkBase }: Props) {
  const [notes, setNotes] = useState(plan.coachingNotes);
  const field = useRef<HTMLTextAreaElement>(null);
  // Opened by "Reply with notes": the reviewer starts typing at once.
  useEffect(() => field.current?.focus(), []);
  const filled = notes.trim();
  return (
    <section class="shared__reply no-print" aria-labelledby="shared-reply-title">
      <h3 id="shared-reply-title">Reply with coaching notes</h3>
      <div class="field">
        <label for="shared-notes">Your coaching notes</label>
        <p class="field__hint" id="shared-notes-hint">What should the rep change or try before the call? They see your notes beside their plan and can take them into it.</p>
        {/* The plan schema caps coaching notes at 2,000 characters, as it does every long text. */}
        <textarea ref={field} id="shared-notes" rows={6} maxLength={2000} aria-describedby="shared-notes-hint" value={notes} onInput={(event) => setNotes(event.currentTarget.value)} />
      </div>
      {filled ? (
        <LinkBox shared={{ kind: 'reply', plan: { ...plan, coachingNotes: filled } }} base={linkBase} id="shared-reply-link" label="Reply link: send it back to the rep" title={`Coaching notes on ${planTitle(plan)}`} />
      ) : (
        <p class="field__hint">Write a note, and the link to send back appears here.</p>
      )}
    </section>
  );
}
