import { RemoveButton } from './fields';
import { useContext } from 'preact/hooks';
import { ToolsContext } from './tools-context';

interface Props {
  objectives: string[];
  onChange(objectives: string[]): void;
}

/** The learning objectives, each read by the coach as it is typed; a rewrite replaces the text in one click. */
export default function Objectives({ objectives, onChange }: Props) {
  const tools = useContext(ToolsContext);
  const set = (index: number, value: string) => onChange(objectives.map((item, at) => (at === index ? value : item)));
  return (
    <div class="objectives">
      <ol class="plan-list">
        {objectives.map((objective, index) => {
          const id = `plan-objective-${index}`;
          const advice = tools?.reference ? tools.coachObjective(objective, tools.reference.rules) : undefined;
          return (
            <li class={`objective objective--${advice?.verdict ?? 'waiting'}`}>
              <label for={id}>Objective {index + 1}</label>
              <div class="plan-list__row">
                <input id={id} value={objective} maxLength={600} aria-describedby={`${id}-coach`} onInput={(event) => set(index, event.currentTarget.value)} />
                <RemoveButton what={`objective ${index + 1}`} onClick={() => onChange(objectives.filter((_, at) => at !== index))} />
              </div>
              <div class="coach" id={`${id}-coach`} aria-live="polite">
                {advice?.verdict === 'telling' && (
                  <>
                    <p class="coach__flag">
                      <strong>Telling, not learning:</strong> {advice.findings.map((finding) => `“${finding.label}”`).join(', ')}. {advice.findings[0]!.why}
                    </p>
                    {advice.rewrites.length > 0 && (
                      <ul class="coach__rewrites" aria-label="Learning-mode rewrites">
                        {advice.rewrites.map((rewrite) => (
                          <li>
                            <button type="button" class="button button--small" onClick={() => set(index, rewrite)}>
                              Use: {rewrite}
                            </button>
                          </li>
                        ))}
                      </ul>
                    )}
                  </>
                )}
                {advice?.verdict === 'learning' && <p class="coach__ok">Learning mode: this is something the buyer can help you find out.</p>}
                {advice?.verdict === 'unclear' && <p class="coach__hint">Say what you need to learn: start with “I need to understand…”.</p>}
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" class="button" onClick={() => onChange([...objectives, ''])}>Add an objective</button>
    </div>
  );
}
