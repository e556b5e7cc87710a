import type { ComponentChildren } from 'preact';

interface TextProps {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  /** The field's cap in the plan schema (planLimits); date fields have their own format and take none. */
  maxLength?: number;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  hint?: string;
  type?: 'text' | 'datetime-local' | 'date';
  list?: string;
}

/** A labelled text input or textarea; values are only ever set as text. */
export function TextField({ id, label, value, onInput, maxLength, rows, hint, type = 'text', list }: TextProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const common = { id, value, maxLength, 'aria-describedby': hintId, onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value) };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <p class="field__hint" id={hintId}>{hint}</p>}
      {rows ? <textarea rows={rows} {...common} /> : <input type={type} list={list} {...common} />}
    </div>
  );
}

/** A titled group of fields. */
export function Section({ title, children, hint }: { title: string; hint?: string; children: ComponentChildren }) {
  return (
    <fieldset class="plan-section">
      <legend>{title}</legend>
      {hint && <p class="field__hint">{hint}</p>}
      {children}
    </fieldset>
  );
}

/** Removes one item of a list; its label names the item for screen readers. */
export function RemoveButton({ what, onClick }: { what: string; onClick(): void }) {
  return (
    <button type="button" class="button button--small" onClick={onClick}>
      Remove<span class="visually-hidden"> {what}</span>
    </button>
  );
}

/** Moves focus to the element with `id` once the change that adds or keeps it has rendered. */
export const focusSoon = (id: string): void => void setTimeout(() => document.getElementById(id)?.focus());

interface AddProps {
  label: string;
  /** How many the list holds now, the most it may hold (planLimits), and what they are ("objectives"). */
  count: number;
  max: number;
  noun: string;
  /** Adds the item; focus then moves into the field with `focus`. */
  onAdd(): void;
  focus: string;
}

/** Adds an item to a list, moving focus into it; at the list's cap it is disabled and says why. */
export function AddButton({ label, count, max, noun, onAdd, focus }: AddProps) {
  const full = count >= max;
  const whyId = `${focus}-full`;
  return (
    <p class="add-item">
      <button type="button" class="button" disabled={full} aria-describedby={full ? whyId : undefined} onClick={() => (onAdd(), focusSoon(focus))}>
        {label}
      </button>
      {full && <span class="field__hint" id={whyId}>A plan holds at most {max} {noun}: remove one to add another.</span>}
    </p>
  );
}
