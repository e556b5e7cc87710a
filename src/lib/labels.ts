import { phaseNumbers, type PhaseNumber } from '../schemas/phase-numbers.ts';
import type { FollowupChannel } from '../schemas/followup.ts';
import type { Question } from '../schemas/plan.ts';
import type { WordtrackIntent } from '../schemas/wordtrack.ts';

export { phaseNumbers, type PhaseNumber };

/** "II": the numeral the playbook gives a phase. */
export const phaseNumeral: Record<PhaseNumber, string> = { 1: 'I', 2: 'II', 3: 'III' };

/** "Phase II": how the playbook names a phase everywhere. */
export function phaseLabel(phase: PhaseNumber): string {
  return `Phase ${phaseNumeral[phase]}`;
}

/** What the buyer is doing in each phase, in a few words. */
export const phaseFocus: Record<PhaseNumber, string> = {
  1: 'understanding the problem',
  2: 'weighing solutions',
  3: 'weighing the risk of committing',
};

/** How each intent reads in filters and on cards. */
export const intentLabel: Record<WordtrackIntent, string> = {
  open: 'Open',
  discover: 'Discover',
  deepen: 'Deepen',
  confirm: 'Confirm',
  transition: 'Transition',
  concern: 'Explore a concern',
  commit: 'Ask for commitment',
  referral: 'Referral',
};

/** How each follow-up channel is named on the follow-up templates page. */
export const channelLabel: Record<FollowupChannel, string> = {
  email: 'Email',
  voicemail: 'Voicemail',
  text: 'Text message',
};

/** How each kind of question is named in the persona question banks. */
export const questionKindLabel: Record<Question['kind'], string> = {
  situation: 'Situation',
  problem: 'Problem',
  impact: 'Impact',
  outcome: 'Outcome',
  confirm: 'Confirm',
};

// One formatter for every date of the build: creating one per call was a measurable part of large builds. Made on
// first use, so the islands that import these labels do not ship it.
let dateFormat: Intl.DateTimeFormat | undefined;

/** A date as readers see it: "14 October 2026". */
export function readableDate(date: Date): string {
  dateFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return dateFormat.format(date);
}

/** The machine-readable form for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
