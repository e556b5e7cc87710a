import type { ComponentChildren } from 'preact';
import type { Plan } from '../schemas/plan';
import { phaseLabel } from '../lib/labels';

interface Props {
  /** The plan to print; a blank sheet passes none and gets writing lines instead. */
  plan?: Plan;
  /** Stage titles by id, so the sheet names the stage rather than its id. */
  stageTitles?: Record<string, string>;
}

const blankObjectives = 4;
const blankQuestions = 7;

/** A field's value, or lines to write on when it is empty (one unless `lines` says more). */
function Fill({ value, lines }: { value?: string; lines?: number }) {
  if (value?.trim()) return <span class="sheet__value">{value.trim()}</span>;
  return <span class="sheet__blank" style={lines ? { '--lines': lines } : undefined} />;
}

/** One part of the sheet; `data-part` names it when the planner says which parts to shorten. */
function Part({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="sheet__section" data-part={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** The one-page call-plan sheet: the header, what to learn and ask first with room for answers, then the rest. */
export default function PlanSheet({ plan, stageTitles = {} }: Props) {
  const objectives = plan?.objectives.filter((objective) => objective.trim()) ?? [];
  const questions = plan?.questions.filter((question) => question.text.trim()) ?? [];
  const people = plan?.attendees.filter((person) => person.name.trim()).map((person) => `${person.name.trim()} (${person.role})`).join(', ');
  const concerns = plan?.concerns.filter((item) => item.concern.trim()) ?? [];
  const opening = plan?.opening;
  return (
    <article class="sheet" aria-label="Call-plan sheet">
      <header class="sheet__header" data-part="Who, the evidence and why they meet">
        <h2 class="sheet__title">Call plan{plan?.account.trim() ? `: ${plan.account.trim()}` : ''}</h2>
        <dl class="sheet__facts">
          <div><dt>Account</dt><dd><Fill value={plan?.account} /></dd></div>
          <div><dt>When</dt><dd><Fill value={plan?.when.replace('T', ' ')} /></dd></div>
          <div><dt>Call type</dt><dd><Fill value={plan?.callType} /></dd></div>
          <div><dt>Stage</dt><dd><Fill value={plan?.stage ? (stageTitles[plan.stage] ?? plan.stage) : undefined} /></dd></div>
          <div><dt>Buyer's phase</dt><dd><Fill value={plan?.phase ? phaseLabel(plan.phase) : undefined} /></dd></div>
          <div class="sheet__wide"><dt>Who</dt><dd><Fill value={people} /></dd></div>
          {plan?.phaseEvidence.trim() && <div class="sheet__wide"><dt>Evidence for the phase</dt><dd><Fill value={plan.phaseEvidence} /></dd></div>}
          <div class="sheet__wide"><dt>Why they agreed to meet</dt><dd><Fill value={plan?.whyMeeting} /></dd></div>
        </dl>
      </header>

      <Part title="What I need to learn">
        <ol class="sheet__answers">
          {(objectives.length ? objectives : Array<string>(blankObjectives).fill('')).map((objective) => (
            <li><span class="sheet__row"><Fill value={objective} /><span class="sheet__answer" aria-hidden="true" /></span></li>
          ))}
        </ol>
      </Part>

      <Part title="Questions to ask">
        <ol class="sheet__answers">
          {(questions.length ? questions : Array(blankQuestions).fill(undefined)).map((question) => (
            <li>
              <span class="sheet__row">
                <span>{question && <span class="sheet__kind">{question.kind}</span>}<Fill value={question?.text} /></span>
                <span class="sheet__answer" aria-hidden="true" />
              </span>
            </li>
          ))}
        </ol>
      </Part>

      <div class="sheet__columns">
        <Part title="What we know"><Fill value={plan?.known} lines={2} /></Part>
        <Part title="Gaps"><Fill value={plan?.gaps} lines={2} /></Part>
        <Part title="Hold back until they are ready"><Fill value={plan?.holdBack} lines={2} /></Part>
        <Part title="Outcomes (what the buyer does)">
          <p><b>Best:</b> <Fill value={plan?.bestOutcome} /></p>
          <p><b>Minimum:</b> <Fill value={plan?.minimumOutcome} /></p>
        </Part>
        <Part title="Concerns they may raise">
          {concerns.length ? (
            <ul>{concerns.map((item) => <li>{item.concern.trim()}{item.explore.trim() && <> → <i>{item.explore.trim()}</i></>}</li>)}</ul>
          ) : <Fill lines={2} />}
        </Part>
        <Part title="Opening agreement">
          <p><b>Purpose:</b> <Fill value={opening?.purpose} /> <b>Time:</b> <Fill value={opening?.time} /></p>
          <p><b>Roles:</b> <Fill value={opening?.roles} /> <b>Outcome:</b> <Fill value={opening?.outcome} /></p>
        </Part>
        <Part title="Advice from sponsor or coach"><Fill value={plan?.advice} lines={2} /></Part>
        {plan?.coachingNotes.trim() && <Part title="Coaching notes"><p class="sheet__notes">{plan.coachingNotes.trim()}</p></Part>}
        <Part title="After the call">
          <p><b>What I learned:</b> <Fill value={plan?.learned} lines={2} /></p>
          <p><b>Next step and date:</b> <Fill value={plan?.nextStep.trim() ? `${plan.nextStep.trim()}${plan.nextStepDate ? ` (by ${plan.nextStepDate})` : ''}` : undefined} /></p>
        </Part>
      </div>
    </article>
  );
}
