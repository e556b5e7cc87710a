import type { CoachRule } from '../schemas/coach.ts';
import type { Playbook } from './playbook.ts';
import type { PickableWordtrack, StageOption } from './planner-options.ts';

/** What the planner's form needs on first paint: the stages and tracks to choose from, and the call types it suggests. */
export interface PlannerFormData {
  stages: StageOption[];
  tracks: { id: string; title: string }[];
  callTypes: string[];
}

/** The kinds of call the form suggests; the rep may type any other. Handed over as data, so the island's code stays small. */
const callTypes = ['First conversation', 'Discovery', 'Follow-up', 'Demonstration', 'Proposal review', 'Negotiation', 'Onboarding check-in', 'Account review', 'Showroom visit', 'Test drive', 'Delivery'];

/**
 * What the coach and the wordtrack picker need, fetched with the planner's tools on first use: it grows with the
 * playbook, and as island props it would be most of the page's HTML and be parsed before the planner starts.
 */
export interface PlannerReference {
  rules: CoachRule[];
  wordtracks: PickableWordtrack[];
}

/** Where the build writes the planner's reference data (src/pages/plan/reference.json.ts). */
export const PLANNER_REFERENCE_URL = '/plan/reference.json';

export function plannerFormData(book: Playbook): PlannerFormData {
  return {
    stages: book.tracks.flatMap((track) => track.stages.map((stage) => ({ id: stage.id, title: stage.entry.data.title, track: track.data.id }))),
    tracks: book.tracks.map((track) => ({ id: track.data.id, title: track.data.title })),
    callTypes,
  };
}

export function plannerReference(book: Playbook): PlannerReference {
  return {
    rules: book.coach,
    wordtracks: book.wordtracks.map(({ id, text, phase, intent, stages }) => ({ id, text, phase, intent, stages: stages.map((stage) => stage.id) })),
  };
}
