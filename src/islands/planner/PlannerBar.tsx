import { useRef } from 'preact/hooks';
import type { Plan } from '../../schemas/plan';
import { planTitle } from '../../lib/planner/plan-model';

interface Props {
  /** False until the saved plans are loaded: the bar's buttons would act on the placeholder the server rendered. */
  ready: boolean;
  plans: Plan[];
  plan: Plan;
  status: string;
  onSwitch(id: string): void;
  onNew(): void;
  onDuplicate(): void;
  onDelete(): void;
  onShare(): void;
  onCopy(): void;
  onDownload(): void;
  onImport(file: File): void;
}

/** The plan list and what a rep does with a plan. Messages name these buttons by these labels. */
export default function PlannerBar({ ready, plans, plan, status, onSwitch, onNew, onDuplicate, onDelete, onShare, onCopy, onDownload, onImport }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div class="planner__bar no-print" inert={!ready}>
      <div class="field planner__switch">
        <label for="plan-switch">Your plans</label>
        <select id="plan-switch" value={plan.id} onChange={(event) => onSwitch(event.currentTarget.value)}>
          {plans.map((item) => <option value={item.id}>{planTitle(item)}</option>)}
        </select>
      </div>
      <div class="planner__actions">
        <button type="button" class="button" onClick={onNew}>New plan</button>
        <button type="button" class="button" onClick={onDuplicate}>Duplicate</button>
        <button type="button" class="button" onClick={onDelete}>Delete</button>
        <button type="button" class="button button--primary" onClick={() => print()}>Print the sheet</button>
        <button type="button" id="plan-share" class="button" onClick={onShare}>Share for review</button>
        <button type="button" class="button" onClick={onCopy}>Copy as text</button>
        <button type="button" class="button" onClick={onDownload}>Download JSON</button>
        <button type="button" class="button" onClick={() => fileInput.current?.click()}>Import JSON</button>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden aria-label="Import plans from a JSON file" onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onImport(file);
        }} />
      </div>
      <p class="planner__status" role="status">{status}</p>
    </div>
  );
}
