import { useContext } from 'preact/hooks';
import { planLimits } from '../../schemas/plan';
import { AddButton, focusSoon, RemoveButton } from './fields';
import { ToolsContext } from './tools-context';

interface Props {
  objectives: string[];
  onChange(objectives: string[]): void;
}

const limits = planLimits.objectives;
const inputId = (index: number) => `plan-objective-${index}`;

/** The learning objectives, each read by the coach as it is typed; a rewrite replaces the text in one click. */
export default function Objectives({ objectives, onChange }: Props) {
  const tools = useContext(ToolsContext);
  const set = (index: number, value: string) => onChange(objectives.map((item, at) => (at === index ? value : item)));
  return (
    <div class="objectives">
      <ol class="plan-list">
        {objectives.map((objective, index) => {
          const id = inputId(index);
          return (
            <li class="objective">
              <label for={id}>Objective {index + 1}</label>
              <div class="plan-list__row">
                <input id={id} type="text" value={objective} maxLength={limits.text} aria-describedby={`${id}-coach`} onInput={(event) => set(index, event.currentTarget.value)} />
                <RemoveButton what={`objective ${index + 1}`} onClick={() => onChange(objectives.filter((_, at) => at !== index))} />
              </div>
              <div class="coach" id={`${id}-coach`} aria-live="polite">
                {tools?.reference && (
                  <tools.Coach
                    objective={objective}
                    rules={tools.reference.rules}
                    // The rewrite's button goes away with the flag: focus stays in the objective it rewrote.
                    onRewrite={(rewrite) => (set(index, rewrite.slice(0, limits.text)), focusSoon(id))}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <AddButton label="Add an objective" count={objectives.length} max={limits.items} noun="objectives" focus={inputId(objectives.length)} onAdd={() => onChange([...objectives, ''])} />
    </div>
  );
}
