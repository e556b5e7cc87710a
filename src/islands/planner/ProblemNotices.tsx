import type { DamagedEntry, StorageTrouble } from '../../lib/planner/plan-store';
import type { SheetFit } from '../../lib/planner/sheet-fit';
import { count } from '../../lib/planner/words';
import { downloadDamaged } from './transfer-actions';

// Problems that come up rarely and explain themselves with the tools: the planner loads them when one arises.

/** Saved entries the planner could not open: named with why, kept untouched, and downloadable as they are. */
export function DamagedNotice({ damaged }: { damaged: DamagedEntry[] }) {
  if (!damaged.length) return null;
  const one = damaged.length === 1;
  return (
    <div class="notice notice--problem">
      <p>{count(damaged.length, 'saved plan')} could not be opened. {one ? 'It is' : 'They are'} kept as {one ? 'it was' : 'they were'} in this browser; nothing was overwritten.</p>
      <ul>{damaged.map((entry) => <li>{entry.key}: {entry.reason}</li>)}</ul>
      <button type="button" class="button button--small" onClick={() => downloadDamaged(damaged)}>Download the damaged data</button>
    </div>
  );
}

const notSaved: Record<StorageTrouble, string> = {
  quota: 'The browser’s storage is full, so your latest changes are not saved, and they go when this page closes: use “Download JSON” to keep them, or delete plans you no longer need.',
  unavailable: 'The browser refused to save, so your latest changes go when this page closes: use “Download JSON” to keep them.',
};

/** A save the browser refused: what it means for the rep's changes, and the way to keep them. */
export function StorageNotice({ trouble, onDownload }: { trouble: StorageTrouble | null; onDownload(): void }) {
  if (!trouble) return null;
  return (
    <div class="notice notice--problem">
      <p>{notSaved[trouble]}</p>
      <button type="button" class="button button--small" onClick={onDownload}>Download JSON</button>
    </div>
  );
}

/** A plan too long for one page even at the smallest type: which parts to shorten, said before the rep prints. */
export function TooLongNotice({ fit }: { fit: SheetFit | null }) {
  if (!fit || fit.fits) return null;
  const parts = fit.longest.map((part) => `“${part}”`);
  return (
    <div class="notice notice--problem">
      <p>
        This plan is too long for one page even at the smallest type (about {Math.ceil(fit.over * 100)}% over), so it prints on more than one page. To fit
        one page, shorten the longest parts: {parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]}.
      </p>
    </div>
  );
}
