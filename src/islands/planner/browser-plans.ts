import type { Plan } from '../../schemas/plan';
import type { SaveResult } from '../../lib/plan-store';
import type { PlanShelf } from './useSharedLink';

// Where a browser blocks site data, reading `localStorage` itself throws, before the store is ever called.

/** Saves one plan in this browser's plans, or says why it could not. */
export function saveHere(shelf: PlanShelf, plan: Plan): SaveResult {
  try {
    return shelf.save(plan);
  } catch {
    return { ok: false, reason: 'unavailable', message: 'This browser blocks saved data for this site, so nothing can be kept here.' };
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
