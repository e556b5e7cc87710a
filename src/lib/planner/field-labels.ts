import type { Plan } from '../../schemas/plan.ts';

type TextKey = { [K in keyof Plan]: Plan[K] extends string ? K : never }[keyof Plan];

/**
 * How the planner names each part of a plan, in the form and wherever it talks about a field (a conflict between
 * two tabs, say). The four parts of the opening agreement are named by their dotted path.
 */
export const fieldLabels = {
  name: 'Plan name (optional)',
  account: 'Account',
  when: 'Date and time',
  callType: 'Call type',
  track: 'Track',
  stage: 'Stage',
  phase: "The buyer's phase",
  phaseEvidence: 'Evidence for the phase',
  attendees: 'Who will be there',
  whyMeeting: 'Why they agreed to meet, in their words',
  objectives: 'Learning objectives',
  questions: 'Questions to ask',
  known: 'What we already know',
  gaps: 'Gaps to fill',
  holdBack: 'Hold back until they are ready',
  bestOutcome: 'Best outcome',
  minimumOutcome: 'Minimum acceptable outcome',
  concerns: 'Concerns they may raise',
  'opening.purpose': 'Purpose',
  'opening.time': 'Time',
  'opening.roles': 'Roles',
  'opening.outcome': 'Intended outcome',
  advice: 'Advice from a sponsor or coach',
  coachingNotes: 'Coaching notes from a reviewer',
  learned: 'After the call: what we learned',
  nextStep: 'Next step',
  nextStepDate: 'Next step date',
} satisfies Partial<Record<TextKey | keyof Plan | `opening.${keyof Plan['opening']}`, string>>;

export type LabelledField = keyof typeof fieldLabels;
