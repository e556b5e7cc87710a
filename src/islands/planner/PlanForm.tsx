import { attendeeRoles, planLimits, type Plan } from '../../schemas/plan';
import type { PlannerFormData } from '../../lib/planner/page-data';
import { fieldLabels } from '../../lib/planner/field-labels';
import { phaseFocus, phaseLabel, type PhaseNumber } from '../../lib/labels';
import { AddButton, RemoveButton, Section, TextField } from './fields';
import Objectives from './Objectives';
import Questions from './Questions';
import { LaterPart } from '../later';

interface Props extends PlannerFormData {
  plan: Plan;
  /** The plan the server rendered the form with, which the later parts hydrate before they show `plan`. */
  initial: Plan;
  update(change: Partial<Plan>): void;
  /** How many of the form's three later parts are rendered (the first section, the objectives and questions, the sections after them); till then they are the server's HTML (later.ts). */
  rendered: number;
}

type TextKey = { [K in keyof Plan]: Plan[K] extends string ? K : never }[keyof Plan] & keyof typeof fieldLabels & keyof typeof planLimits;
/** A text field of the plan: its key, rows (0 for one line), hint and input type; its label and cap are declared once. */
type TextSpec = [key: TextKey, rows?: number, hint?: string, type?: 'date' | 'datetime-local'];

const openingFields = ['purpose', 'time', 'roles', 'outcome'] as const;

/** Every field of a call plan, grouped in the order a rep thinks them through. */
export default function PlanForm({ plan, initial, update, stages, tracks, callTypes, rendered }: Props) {
  const parts = formParts({ plan, update, stages, tracks, callTypes });
  const server = () => formParts({ plan: initial, update, stages, tracks, callTypes });
  return (
    <div class="plan-form">
      <LaterPart id="plan-form-call" class="plan-form__part" rendered={rendered > 0} server={() => server().call}>
        {parts.call}
      </LaterPart>
      <LaterPart id="plan-form-learn" class="plan-form__part" rendered={rendered > 1} server={() => server().learn}>
        {parts.learn}
      </LaterPart>
      <LaterPart id="plan-form-rest" class="plan-form__part" rendered={rendered > 2} server={() => server().rest}>
        {parts.rest}
      </LaterPart>
    </div>
  );
}

/** The form's three parts, each a task apart when the planner loads (later.ts), for `plan`. */
function formParts({ plan, update, stages, tracks, callTypes }: Pick<Props, 'plan' | 'update' | 'stages' | 'tracks' | 'callTypes'>) {
  const texts = (specs: TextSpec[]) =>
    specs.map(([key, rows, hint, type]) => (
      <TextField id={`plan-${key}`} label={fieldLabels[key]} maxLength={type ? undefined : planLimits[key]} rows={rows} hint={hint} type={type} value={plan[key]} onInput={(value) => update({ [key]: value })} />
    ));
  /** Changes one item of a list field; the lists of people and concerns share it. */
  const edit = <K extends 'attendees' | 'concerns'>(key: K, index: number, change: Partial<Plan[K][number]>) =>
    update({ [key]: plan[key].map((item, at) => (at === index ? { ...item, ...change } : item)) });
  const drop = (key: 'attendees' | 'concerns', index: number) => update({ [key]: plan[key].filter((_, at) => at !== index) });
  const pickStage = (id: string) => {
    const stage = stages.find((option) => option.id === id);
    update({ stage: stage?.id ?? '', track: stage?.track ?? plan.track });
  };

  return {
    call: (
        <Section title="The call">
          {texts([['name', 0, 'Shown in your list of plans; the account and date are used when it is empty.']])}
          <div class="field-grid">
            {texts([['account'], ['when', 0, undefined, 'datetime-local']])}
            <TextField id="plan-callType" label={fieldLabels.callType} maxLength={planLimits.callType} list="plan-call-types" value={plan.callType} onInput={(callType) => update({ callType })} />
            <datalist id="plan-call-types">{callTypes.map((type) => <option value={type} />)}</datalist>
            <div class="field">
              <label for="plan-track">{fieldLabels.track}</label>
              <select id="plan-track" value={plan.track} onChange={(event) => update({ track: event.currentTarget.value, stage: '' })}>
                <option value="">Any track</option>
                {tracks.map((track) => <option value={track.id}>{track.title}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="plan-stage">{fieldLabels.stage}</label>
              <select id="plan-stage" value={plan.stage} onChange={(event) => pickStage(event.currentTarget.value)}>
                <option value="">Not chosen</option>
                {stages.filter((stage) => !plan.track || stage.track === plan.track).map((stage) => <option value={stage.id}>{stage.title}</option>)}
              </select>
            </div>
          </div>
          <fieldset class="phase-choice">
            <legend>{fieldLabels.phase}{plan.phaseSource === 'self-check' && plan.phase ? ' (from the self-check)' : ''}</legend>
            {([1, 2, 3, null] as (PhaseNumber | null)[]).map((phase) => (
              <label class="phase-choice__option">
                <input type="radio" name="plan-phase" checked={plan.phase === phase} onChange={() => update({ phase, phaseSource: 'chosen' })} />
                {phase ? `${phaseLabel(phase)}: ${phaseFocus[phase]}` : 'Not sure yet'}
              </label>
            ))}
            <p class="field__hint">Not sure? <a href="/check/">Take the phase-alignment self-check</a>.</p>
          </fieldset>
          {texts([['phaseEvidence', 2, 'What they said or did that tells you.']])}
          <div class="field">
            <p class="field__label">{fieldLabels.attendees}</p>
            <ul class="plan-list">
              {plan.attendees.map((person, index) => (
                <li class="plan-list__row">
                  <input id={`plan-person-${index}`} type="text" aria-label={`Person ${index + 1}: name and title`} value={person.name} maxLength={planLimits.attendees.name} onInput={(event) => edit('attendees', index, { name: event.currentTarget.value })} />
                  <select aria-label={`Role of person ${index + 1}`} value={person.role} onChange={(event) => edit('attendees', index, { role: event.currentTarget.value as (typeof attendeeRoles)[number] })}>
                    {attendeeRoles.map((role) => <option value={role}>{role}</option>)}
                  </select>
                  <RemoveButton what={`person ${index + 1}`} onClick={() => drop('attendees', index)} />
                </li>
              ))}
            </ul>
            <AddButton label="Add a person" count={plan.attendees.length} max={planLimits.attendees.items} noun="people" focus={`plan-person-${plan.attendees.length}`} onAdd={() => update({ attendees: [...plan.attendees, { name: '', role: 'decision maker' }] })} />
          </div>
          {texts([['whyMeeting', 2]])}
        </Section>
    ),
    learn: (
      <>
        <Section title={fieldLabels.objectives} hint="What you need to understand by the end of the call. The coach flags objectives that would have you telling instead of learning.">
          <Objectives objectives={plan.objectives} onChange={(objectives) => update({ objectives })} />
        </Section>

        <Section title={fieldLabels.questions}>
          <Questions questions={plan.questions} phase={plan.phase} stage={plan.stage} track={plan.track} onChange={(questions) => update({ questions })} />
        </Section>
      </>
    ),
    rest: (
      <>
        <Section title="What you know and what you don't">
          {texts([
            ['known', 2],
            ['gaps', 2],
            ['holdBack', 2, 'Ideas, products or prices you will not raise unless the buyer is there.'],
          ])}
        </Section>

        <Section title="Outcomes" hint="Both as actions the buyer takes.">
          {texts([['bestOutcome', 2], ['minimumOutcome', 2]])}
        </Section>

        <Section title={fieldLabels.concerns}>
          <ul class="plan-list">
            {plan.concerns.map((item, index) => (
              <li class="concern">
                <TextField id={`plan-concern-${index}`} label={`Concern ${index + 1}`} maxLength={planLimits.concerns.concern} value={item.concern} onInput={(concern) => edit('concerns', index, { concern })} />
                <TextField id={`plan-explore-${index}`} label="How to explore it" maxLength={planLimits.concerns.explore} value={item.explore} onInput={(explore) => edit('concerns', index, { explore })} />
                <RemoveButton what={`concern ${index + 1}`} onClick={() => drop('concerns', index)} />
              </li>
            ))}
          </ul>
          <AddButton label="Add a concern" count={plan.concerns.length} max={planLimits.concerns.items} noun="concerns" focus={`plan-concern-${plan.concerns.length}`} onAdd={() => update({ concerns: [...plan.concerns, { concern: '', explore: '' }] })} />
        </Section>

        <Section title="Opening agreement">
          <div class="field-grid">
            {openingFields.map((key) => (
              <TextField id={`plan-opening-${key}`} label={fieldLabels[`opening.${key}`]} maxLength={planLimits.opening[key]} value={plan.opening[key]} onInput={(value) => update({ opening: { ...plan.opening, [key]: value } })} />
            ))}
          </div>
        </Section>

        <Section title="Advice and follow-up">
          {texts([
            ['advice', 2],
            ['coachingNotes', 3],
            ['learned', 2],
            ['nextStep'],
            ['nextStepDate', 0, undefined, 'date'],
          ])}
        </Section>
      </>
    ),
  };
}
