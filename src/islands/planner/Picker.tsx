import type { Plan, Question } from '../../schemas/plan';
import { phaseLabel } from '../../lib/labels';
import { questionKindFor, wordtracksToOffer } from '../../lib/planner/options';
import { useTrackWordtracks, type TrackWordtracks } from './use-track-wordtracks';

interface Props {
  /** The plan's track: the picker offers that track's wordtracks, fetched when it is chosen. */
  track: string;
  plan: Pick<Plan, 'phase' | 'stage' | 'questions'>;
  query: string;
  /** The plan holds as many questions as it may: nothing more can be added. */
  full: boolean;
  onPick(question: Question): void;
}

/** Why the picker offers nothing, in the rep's terms. */
function emptyHint(picked: TrackWordtracks, query: string): string {
  if (picked.state === 'no-track') return 'Choose the track or the stage to see its wordtracks here.';
  if (picked.state === 'loading') return 'Loading the wordtracks of this track…';
  if (picked.state === 'failed') return 'The wordtracks of this track could not load; choose the track again to retry.';
  return query ? 'No wordtrack of this track has those words.' : 'Choose the buyer’s phase or the stage to see suggestions, or type words to find one.';
}

/** The wordtracks offered as questions for this call; each fits a question, as the content schema makes sure. */
export default function Picker({ track, plan, query, full, onPick }: Props) {
  const picked = useTrackWordtracks(track);
  const offered = picked.state === 'ready' ? wordtracksToOffer(picked.wordtracks, plan, query) : [];
  if (offered.length === 0) return <p class="field__hint">{emptyHint(picked, query)}</p>;
  return (
    <ul class="picker__list">
      {offered.map((wordtrack) => (
        <li>
          <span>“{wordtrack.text}” <span class="muted">({phaseLabel(wordtrack.phase)})</span></span>
          <button type="button" class="button button--small" disabled={full} onClick={() => onPick({ text: wordtrack.text, kind: questionKindFor(wordtrack.intent), wordtrackId: wordtrack.id })}>
            Add<span class="visually-hidden">: {wordtrack.text}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
