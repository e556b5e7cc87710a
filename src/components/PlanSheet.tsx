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

/** A field's value, or lines to write on when it is empty. */
function Fill({ value, lines = 1 }: { value?: string; lines?: number }) {
  if (value?.trim()) return <span class="sheet__value">{value.trim()}</span>;
  return <span class="sheet__blank" style={{ '--lines': lines }} />;
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
      <header class="sheet__header">
        <h2 class="sheet__title">Call plan{plan?.account.trim() ? `: ${plan.account.trim()}` : ''}</h2>
        <dl class="sheet__facts">
          <div><dt>Account</dt><dd><Fill value={plan?.account} /></dd></div>
          <div><dt>When</dt><dd><Fill value={plan?.when.replace('T', ' ')} /></dd></div>
          <div><dt>Call type</dt><dd><Fill value={plan?.callType} /></dd></div>
          <div><dt>Stage</dt><dd><Fill value={plan?.stage ? (stageTitles[plan.stage] ?? plan.stage) : undefined} /></dd></div>
          <div><dt>Buyer's phase</dt><dd><Fill value={plan?.phase ? phaseLabel(plan.phase) : undefined} /></dd></div>
          <div class="sheet__wide"><dt>Who</dt><dd><Fill value={people} /></dd></div>
          {plan?.phaseEvidence.trim() && <div class="sheet__wide"><dt>Evidence for the phase</dt><dd>{plan.phaseEvidence.trim()}</dd></div>}
          <div class="sheet__wide"><dt>Why they agreed to meet</dt><dd><Fill value={plan?.whyMeeting} /></dd></div>
        </dl>
      </header>

      <section class="sheet__section">
        <h3>What I need to learn</h3>
        <ol class="sheet__answers">
          {(objectives.length ? objectives : Array<string>(blankObjectives).fill('')).map((objective) => (
            <li><Fill value={objective} /><span class="sheet__answer" aria-hidden="true" /></li>
          ))}
        </ol>
      </section>

      <section class="sheet__section">
        <h3>Questions to ask</h3>
        <ol class="sheet__answers">
          {(questions.length ? questions : Array(blankQuestions).fill(undefined)).map((question) => (
            <li>{question && <span class="sheet__kind">{question.kind}</span>}<Fill value={question?.text} /><span class="sheet__answer" aria-hidden="true" /></li>
          ))}
        </ol>
      </section>

      <div class="sheet__columns">
        <section class="sheet__section"><h3>What we know</h3><Fill value={plan?.known} lines={2} /></section>
        <section class="sheet__section"><h3>Gaps</h3><Fill value={plan?.gaps} lines={2} /></section>
        <section class="sheet__section"><h3>Hold back until they are ready</h3><Fill value={plan?.holdBack} lines={2} /></section>
        <section class="sheet__section">
          <h3>Outcomes (what the buyer does)</h3>
          <p><b>Best:</b> <Fill value={plan?.bestOutcome} /></p>
          <p><b>Minimum:</b> <Fill value={plan?.minimumOutcome} /></p>
        </section>
        <section class="sheet__section">
          <h3>Concerns they may raise</h3>
          {concerns.length ? (
            <ul>{concerns.map((item) => <li>{item.concern.trim()}{item.explore.trim() && <> → <i>{item.explore.trim()}</i></>}</li>)}</ul>
          ) : <Fill lines={2} />}
        </section>
        <section class="sheet__section">
          <h3>Opening agreement</h3>
          <p><b>Purpose:</b> <Fill value={opening?.purpose} /> <b>Time:</b> <Fill value={opening?.time} /></p>
          <p><b>Roles:</b> <Fill value={opening?.roles} /> <b>Outcome:</b> <Fill value={opening?.outcome} /></p>
        </section>
        <section class="sheet__section"><h3>Advice from sponsor or coach</h3><Fill value={plan?.advice} lines={2} /></section>
        {plan?.coachingNotes.trim() && <section class="sheet__section"><h3>Coaching notes</h3><p class="sheet__notes">{plan.coachingNotes.trim()}</p></section>}
        <section class="sheet__section sheet__after">
          <h3>After the call</h3>
          <p><b>What I learned:</b> <Fill value={plan?.learned} lines={2} /></p>
          <p><b>Next step and date:</b> <Fill value={plan?.nextStep ? `${plan.nextStep.trim()}${plan.nextStepDate ? ` (by ${plan.nextStepDate})` : ''}` : undefined} /></p>
        </section>
      </div>
    </article>
  );
}
