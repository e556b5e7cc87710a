import type { Plan } from '../../schemas/plan.ts';
import { phaseLabel } from '../labels.ts';
import { planTitle } from './plan-model.ts';

/** Titles of the playbook's stages and tracks by id, so the note names them as the playbook does. */
export interface PlaybookTitles {
  stages: Record<string, string>;
  tracks: Record<string, string>;
}

/** The plan as plain text for a CRM note: labelled lines, empty fields left out. */
export function planToText(plan: Plan, titles: PlaybookTitles): string {
  const lines: string[] = [`Call plan: ${planTitle(plan)}`];
  const add = (label: string, value: string) => value.trim() && lines.push(`${label}: ${value.trim()}`);
  const list = (label: string, values: string[]) => {
    const filled = values.map((value) => value.trim()).filter(Boolean);
    if (filled.length) lines.push(`${label}:`, ...filled.map((value) => `- ${value}`));
  };
  add('Account', plan.account);
  add('When', plan.when.replace('T', ' '));
  add('Call type', plan.callType);
  list('Who', plan.attendees.map((person) => (person.name.trim() ? `${person.name.trim()} (${person.role})` : '')));
  add('Track', plan.track && (titles.tracks[plan.track] ?? plan.track));
  add('Stage', plan.stage && (titles.stages[plan.stage] ?? plan.stage));
  if (plan.phase) add('Buyer phase', `${phaseLabel(plan.phase)}${plan.phaseEvidence.trim() ? ` (${plan.phaseEvidence.trim()})` : ''}`);
  add('Why they agreed to meet', plan.whyMeeting);
  list('Learning objectives', plan.objectives);
  list('Questions', plan.questions.map((question) => (question.text.trim() ? `[${question.kind}] ${question.text.trim()}` : '')));
  add('What we know', plan.known);
  add('Gaps', plan.gaps);
  add('Hold back until they are ready', plan.holdBack);
  add('Best outcome', plan.bestOutcome);
  add('Minimum acceptable outcome', plan.minimumOutcome);
  list('Concerns to explore', plan.concerns.map((item) => (item.concern.trim() ? `${item.concern.trim()}${item.explore.trim() ? ` → ${item.explore.trim()}` : ''}` : '')));
  add('Opening: purpose', plan.opening.purpose);
  add('Opening: time', plan.opening.time);
  add('Opening: roles', plan.opening.roles);
  add('Opening: intended outcome', plan.opening.outcome);
  add('Advice from sponsor or coach', plan.advice);
  add('Coaching notes', plan.coachingNotes);
  add('What we learned', plan.learned);
  add('Next step', `${plan.nextStep.trim()}${plan.nextStepDate ? ` (by ${plan.nextStepDate})` : ''}`);
  return lines.join('\n');
}
