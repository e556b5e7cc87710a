import type { Plan } from '../../schemas/plan';
import type { PlanShelf } from './share-kit';

// Where a browser blocks site data, reading `localStorage` itself throws, before the store is ever called.

const blocked = 'This browser blocks saved data for this site, so nothing can be kept here.';
/** Why a save was refused, in the reader's words. */
const refusals = {
  unavailable: blocked,
  quota: "This browser's storage for the site is full, so nothing more can be kept here; download plans you no longer need and delete them.",
  changed: 'The plan changed in another tab or window since this page read it; reload this page and try again.',
} as const;

/** Saves one plan in this browser's plans, or says why it could not. */
export function saveHere(shelf: PlanShelf, plan: Plan): { ok: true } | { ok: false; message: string } {
  try {
    const result = shelf.save(plan);
    return result.ok ? { ok: true } : { ok: false, message: refusals[result.reason] };
  } catch {
    return { ok: false, message: blocked };
  }
}

/** The plan saved here under `id`, if any; null when the browser will not say. */
export function planHere(shelf: PlanShelf, id: string): Plan | undefined | null {
  try {
    return shelf.find(id);
  } catch {
    return null;
  }
}
