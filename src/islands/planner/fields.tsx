import type { ComponentChildren } from 'preact';

interface TextProps {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  hint?: string;
  type?: 'text' | 'datetime-local' | 'date';
  list?: string;
  maxLength?: number;
}

/** A labelled text input or textarea; values are only ever set as text. */
export function TextField({ id, label, value, onInput, rows, hint, type = 'text', list, maxLength = rows ? 2000 : 600 }: TextProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  // Date fields have their own format, and HTML allows no maxlength on them.
  const common = { id, value, maxLength: rows || type === 'text' ? maxLength : undefined, 'aria-describedby': hintId, onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value) };
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
