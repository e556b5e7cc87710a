import { useContext, useState } from 'preact/hooks';
import { RemoveButton } from './fields';
import { questionKinds, type Question } from '../../schemas/plan';
import { ToolsContext } from './tools-context';
import { phaseLabel } from '../../lib/labels';
import type { PhaseNumber } from '../../lib/labels';

interface Props {
  questions: Question[];
  phase: PhaseNumber | null;
  stage: string;
  onChange(questions: Question[]): void;
}

const searchId = 'plan-question-search';

/** The questions to ask, each tagged by kind; new ones are written or picked from the wordtracks for this call. */
export default function Questions({ questions, phase, stage, onChange }: Props) {
  const [query, setQuery] = useState('');
  const tools = useContext(ToolsContext);
  const offered = tools?.reference ? tools.wordtracksToOffer(tools.reference.wordtracks, { phase, stage, questions }, query) : [];
  const set = (index: number, change: Partial<Question>) => onChange(questions.map((item, at) => (at === index ? { ...item, ...change } : item)));
  return (
    <div class="questions">
      <ol class="plan-list">
        {questions.map((question, index) => {
          const id = `plan-question-${index}`;
          return (
            <li>
              <label for={id}>Question {index + 1}</label>
              <div class="plan-list__row">
                <select aria-label={`Kind of question ${index + 1}`} value={question.kind} onChange={(event) => set(index, { kind: event.currentTarget.value as Question['kind'] })}>
                  {questionKinds.map((kind) => <option value={kind}>{kind}</option>)}
                </select>
                <input id={id} value={question.text} maxLength={600} onInput={(event) => set(index, { text: event.currentTarget.value })} />
                <RemoveButton what={`question ${index + 1}`} onClick={() => onChange(questions.filter((_, at) => at !== index))} />
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" class="button" onClick={() => onChange([...questions, { text: '', kind: 'problem' }])}>Write a question</button>
      <div class="picker">
        <label for={searchId}>Pick from the wordtracks{phase ? ` for ${phaseLabel(phase)}` : ''}{stage ? ' and this stage' : ''}</label>
        <input id={searchId} type="search" value={query} placeholder="Words to find" onInput={(event) => setQuery(event.currentTarget.value)} />
        {offered.length === 0 ? (
          <p class="field__hint">{!tools ? 'Suggestions appear when you start on the plan.' : !tools.reference ? 'Suggestions could not load; reload the page to try again.' : query ? 'No wordtrack has those words.' : 'Choose the buyer’s phase or the stage to see suggestions, or type words to find one.'}</p>
        ) : (
          <ul class="picker__list">
            {offered.map((wordtrack) => (
              <li>
                <span>“{wordtrack.text}” <span class="muted">({phaseLabel(wordtrack.phase)})</span></span>
                <button type="button" class="button button--small" onClick={() => onChange([...questions, { text: wordtrack.text, kind: tools!.questionKindFor(wordtrack.intent), wordtrackId: wordtrack.id }])}>
                  Add<span class="visually-hidden">: {wordtrack.text}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
