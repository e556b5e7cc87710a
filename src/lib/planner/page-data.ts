import type { CoachRule } from '../../schemas/coach.ts';
import type { Playbook } from '../reading/playbook.ts';
import type { PickableWordtrack, StageOption } from './options.ts';

/** What the planner's form needs on first paint: the stages and tracks to choose from, and the call types it suggests. */
export interface PlannerFormData {
  stages: StageOption[];
  tracks: { id: string; title: string }[];
  callTypes: string[];
}

/** The kinds of call the form suggests; the rep may type any other. Handed over as data, so the island's code stays small. */
const callTypes = ['First conversation', 'Discovery', 'Follow-up', 'Demonstration', 'Proposal review', 'Negotiation', 'Onboarding check-in', 'Account review', 'Showroom visit', 'Test drive', 'Delivery'];

/**
 * What the coach needs, fetched with the planner's tools on the rep's first touch: a fixed size. The wordtracks the
 * picker offers come apart, one track at a time (src/lib/planner/track-wordtracks.ts): all of them would grow with
 * the library, 260 kB gzipped at 1,000 stages.
 */
export interface PlannerReference {
  rules: CoachRule[];
}

/** Where the build writes the coach's rules (src/pages/plan/coach.json.ts). */
export const PLANNER_REFERENCE_URL = '/plan/coach.json';

export function plannerFormData(book: Playbook): PlannerFormData {
  return {
    stages: book.tracks.flatMap((track) => track.stages.map((stage) => ({ id: stage.id, title: stage.entry.data.title, track: track.data.id }))),
    tracks: book.tracks.map((track) => ({ id: track.data.id, title: track.data.title })),
    callTypes,
  };
}

export function plannerReference(book: Playbook): PlannerReference {
  return { rules: book.coach };
}

const pickable = new WeakMap<Playbook, Map<string, PickableWordtrack[]>>();

/**
 * The wordtracks the picker may offer on each track: every one that serves one of its stages, in library order.
 * Grouped in one pass and kept per build: filtering all of them once per track grows with tracks × wordtracks.
 */
export function plannerTrackWordtracks(book: Playbook): Map<string, PickableWordtrack[]> {
  let byTrack = pickable.get(book);
  if (byTrack) return byTrack;
  byTrack = new Map(book.tracks.map((track) => [track.data.id, []]));
  for (const { id, text, phase, intent, stages } of book.wordtracks) {
    const entry = { id, text, phase, intent, stages: stages.map((stage) => stage.id) };
    for (const track of new Set(entry.stages.map((stage) => book.stages.get(stage)!.track.id))) byTrack.get(track)!.push(entry);
  }
  pickable.set(book, byTrack);
  return byTrack;
}
