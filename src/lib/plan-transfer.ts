import { PLAN_VERSION, type Plan } from '../schemas/plan.ts';
import { looksLikeMarkup, readPlan } from './plan-model.ts';

/** Imports larger than this are refused before they are parsed. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** The file format of an export: a labelled bundle, so an import can tell it from any other JSON. */
export const EXPORT_FORMAT = 'attune-call-plans';

export function exportPlans(plans: Plan[]): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: PLAN_VERSION, plans }, null, 2);
}

export type ImportResult =
  | { ok: true; plans: Plan[]; notices: string[] }
  | { ok: false; reason: string };

/**
 * Reads an import: a bundle from `exportPlans` or a single plan. Everything is checked before anything is kept;
 * one bad plan refuses the whole file, and imported plans whose ids are taken get new ids instead of replacing.
 */
export function importPlans(text: string, byteSize: number, takenIds: ReadonlySet<string>, newId: () => string): ImportResult {
  if (byteSize > MAX_IMPORT_BYTES) return { ok: false, reason: `The file is ${(byteSize / 1_000_000).toFixed(1)} MB; plans are never that large, so it was not read (the limit is 1 MB).` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not JSON. Choose a file made by “Download JSON”.' };
  }
  const bundle = data && typeof data === 'object' && (data as { format?: unknown }).format === EXPORT_FORMAT;
  const items: unknown[] = bundle ? ((data as { plans?: unknown }).plans as unknown[]) : [data];
  if (!Array.isArray(items) || items.length === 0) return { ok: false, reason: 'The file holds no plans.' };

  const plans: Plan[] = [];
  const notices: string[] = [];
  for (const [index, item] of items.entries()) {
    const read = readPlan(item);
    if (!read.ok) return { ok: false, reason: `Plan ${index + 1} in the file cannot be used: ${read.reason}. Nothing was imported.` };
    let plan = read.plan;
    if (takenIds.has(plan.id) || plans.some((other) => other.id === plan.id)) plan = { ...plan, id: newId() };
    if (looksLikeMarkup(plan)) notices.push(`Plan “${plan.account || plan.id}” contains text that looks like HTML; it is shown as plain text.`);
    plans.push(plan);
  }
  return { ok: true, plans, notices };
}
