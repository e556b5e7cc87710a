import type { Plan, Question } from '../../schemas/plan';
import { phaseLabel } from '../../lib/labels';
import { questionKindFor, wordtracksToOffer, type PickableWordtrack } from '../../lib/planner-options';

interface Props {
  wordtracks: PickableWordtrack[];
  plan: Pick<Plan, 'phase' | 'stage' | 'questions'>;
  query: string;
  /** The plan holds as many questions as it may: nothing more can be added. */
  full: boolean;
  onPick(question: Question): void;
}

/** The wordtracks offered as questions for this call; each fits a question, as the content schema makes sure. */
export default function Picker({ wordtracks, plan, query, full, onPick }: Props) {
  const offered = wordtracksToOffer(wordtracks, plan, query);
  if (offered.length === 0) {
    return <p class="field__hint">{query ? 'No wordtrack has those words.' : 'Choose the buyer’s phase or the stage to see suggestions, or type words to find one.'}</p>;
  }
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
