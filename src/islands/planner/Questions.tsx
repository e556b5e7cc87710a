import { useContext, useState } from 'preact/hooks';
import { AddButton, focusSoon, RemoveButton } from './fields';
import { planLimits, questionKinds, type Question } from '../../schemas/plan';
import { ToolsContext } from './tools-context';
import { phaseLabel, type PhaseNumber } from '../../lib/labels';

interface Props {
  questions: Question[];
  phase: PhaseNumber | null;
  track: string;
  stage: string;
  onChange(questions: Question[]): void;
}

const searchId = 'plan-question-search';
const limits = planLimits.questions;
const inputId = (index: number) => `plan-question-${index}`;

/** The questions to ask, each tagged by kind; new ones are written or picked from the wordtracks for this call. */
export default function Questions({ questions, phase, stage, track, onChange }: Props) {
  const [query, setQuery] = useState('');
  const tools = useContext(ToolsContext);
  const set = (index: number, change: Partial<Question>) => onChange(questions.map((item, at) => (at === index ? { ...item, ...change } : item)));
  const add = (question: Question) => onChange([...questions, question]);
  return (
    <div class="questions">
      <ol class="plan-list">
        {questions.map((question, index) => {
          const id = inputId(index);
          return (
            <li>
              <label for={id}>Question {index + 1}</label>
              <div class="plan-list__row">
                <select aria-label={`Kind of question ${index + 1}`} value={question.kind} onChange={(event) => set(index, { kind: event.currentTarget.value as Question['kind'] })}>
                  {questionKinds.map((kind) => <option value={kind}>{kind}</option>)}
                </select>
                <input id={id} type="text" value={question.text} maxLength={limits.text} onInput={(event) => set(index, { text: event.currentTarget.value })} />
                <RemoveButton what={`question ${index + 1}`} onClick={() => onChange(questions.filter((_, at) => at !== index))} />
              </div>
            </li>
          );
        })}
      </ol>
      <AddButton label="Write a question" count={questions.length} max={limits.items} noun="questions" focus={inputId(questions.length)} onAdd={() => add({ text: '', kind: 'problem' })} />
      <div class="picker">
        <label for={searchId}>Pick from the wordtracks{phase ? ` for ${phaseLabel(phase)}` : ''}{stage ? ' and this stage' : ''}</label>
        <input id={searchId} type="search" value={query} placeholder="Words to find" onInput={(event) => setQuery(event.currentTarget.value)} />
        {tools?.reference ? (
          <tools.Picker track={track} plan={{ phase, stage, questions }} query={query} full={questions.length >= limits.items} onPick={(question) => (add(question), focusSoon(inputId(questions.length)))} />
        ) : (
          <p class="field__hint">{tools ? 'Suggestions could not load; reload the page to try again.' : 'Suggestions appear when you start on the plan.'}</p>
        )}
      </div>
    </div>
  );
}
