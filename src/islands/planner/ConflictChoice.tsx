import type { Plan } from '../../schemas/plan';
import { phaseLabel } from '../../lib/labels';
import { planTitle } from '../../lib/planner/plan-model';
import { fieldLabels } from '../../lib/planner/field-labels';
import type { PlanPart } from '../../lib/planner/plan-merge';
import { count } from '../../lib/planner/words';

export type Choice = 'mine' | 'theirs';

interface Props {
  /** This tab's plan, and the other tab's save of it. */
  mine: Plan;
  theirs: Plan;
  parts: PlanPart[];
  stageTitles: Record<string, string>;
  onChoose(part: PlanPart, choice: Choice): void;
}

/** One part's value as a short line of text, so the rep can tell the two versions apart. */
function shown(plan: Plan, part: PlanPart, stageTitles: Record<string, string>): string {
  const [key, inner] = part.split('.') as [keyof Plan, (keyof Plan['opening'])?];
  const value = inner ? plan.opening[inner] : plan[key];
  const text =
    key === 'phase' ? (plan.phase ? phaseLabel(plan.phase) : 'Not sure yet')
    : key === 'stage' ? (stageTitles[plan.stage] ?? plan.stage)
    : Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : 'text' in item ? item.text : 'name' in item ? item.name : item.concern)).filter(Boolean).join('; ')
    : String(value);
  return text.length > 160 ? `${text.slice(0, 159)}…` : text || '(empty)';
}

/** Both tabs changed the same parts of a plan: each is shown in both versions, and the rep keeps one of them. */
export default function ConflictChoice({ mine, theirs, parts, stageTitles, onChoose }: Props) {
  return (
    <div class="notice notice--problem conflict">
      <p>
        “{planTitle(mine)}” was also changed in another tab, in {count(parts.length, 'part')} you changed here too. Choose which version of
        each to keep; until you have, this tab saves nothing over the other tab’s.
      </p>
      <ul>
        {parts.map((part) => {
          const label = fieldLabels[part];
          return (
            <li>
              <strong>{label}</strong>
              <p>This tab: {shown(mine, part, stageTitles)}</p>
              <p>Other tab: {shown(theirs, part, stageTitles)}</p>
              <button type="button" class="button button--small" onClick={() => onChoose(part, 'mine')}>
                Keep this tab’s<span class="visually-hidden"> {label}</span>
              </button>{' '}
              <button type="button" class="button button--small" onClick={() => onChoose(part, 'theirs')}>
                Use the other tab’s<span class="visually-hidden"> {label}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
