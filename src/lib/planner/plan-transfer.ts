import { PLAN_VERSION, type Plan } from '../../schemas/plan.ts';
import { looksLikeMarkup } from './plan-model.ts';
import { readAnyPlan } from './plan-migrate.ts';

/** Imports larger than this are refused before they are parsed: twice what a browser keeps for a site (about 5 MB). */
export const MAX_IMPORT_BYTES = 10_000_000;

/** Plans one import may hold; a larger file is refused whole. */
export const MAX_IMPORT_PLANS = 500;

/** The file format of an export: a labelled bundle, so an import can tell it from any other JSON. */
export const EXPORT_FORMAT = 'attune-call-plans';

export function exportPlans(plans: Plan[]): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: PLAN_VERSION, plans }, null, 2);
}

export type ImportResult =
  | { ok: true; plans: Plan[]; notices: string[] }
  | { ok: false; reason: string };

/**
 * Reads an import: a bundle from `exportPlans` or a single plan. Everything is checked before anything is kept,
 * and one bad plan refuses the whole file. Where the plans go is for `addPlans` (src/lib/planner/plan-import.ts).
 */
export function importPlans(text: string, byteSize: number): ImportResult {
  if (byteSize > MAX_IMPORT_BYTES) {
    return { ok: false, reason: `The file is ${(byteSize / 1_000_000).toFixed(1)} MB; plans are never that large, so it was not read (the limit is ${MAX_IMPORT_BYTES / 1_000_000} MB).` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not JSON. Choose a file made by “Download JSON”.' };
  }
  const bundle = data && typeof data === 'object' && (data as { format?: unknown }).format === EXPORT_FORMAT;
  const items = bundle ? (data as { plans?: unknown }).plans : [data];
  if (!Array.isArray(items) || items.length === 0) return { ok: false, reason: 'The file holds no plans.' };
  if (items.length > MAX_IMPORT_PLANS) {
    return { ok: false, reason: `The file holds ${items.length} plans, more than the ${MAX_IMPORT_PLANS} the planner imports at once, so nothing was imported.` };
  }

  const plans: Plan[] = [];
  const notices: string[] = [];
  for (const [index, item] of items.entries()) {
    const read = readAnyPlan(item);
    if (!read.ok) return { ok: false, reason: `Plan ${index + 1} in the file cannot be used: ${read.reason}. Nothing was imported.` };
    if (looksLikeMarkup(read.plan)) notices.push(`Plan “${read.plan.account || read.plan.id}” contains text that looks like HTML; it is shown as plain text.`);
    plans.push(read.plan);
  }
  return { ok: true, plans, notices };
}
