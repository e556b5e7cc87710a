import { planSchema, type Plan } from '../../schemas/plan.ts';
import type { LabelledField } from './field-labels.ts';

/** What records a plan's history rather than what the rep wrote: never merged, never a conflict. */
const bookkeeping = new Set(['version', 'id', 'revision', 'createdAt', 'updatedAt']);

/** Fields kept or replaced together with another, because one means nothing without it: a stage belongs to its track. */
const tiedTo: Record<string, LabelledField> = { track: 'stage', phaseSource: 'phase' };

/** A part of a plan as the merge sees it: a field, the fields tied to it, or one part of the opening agreement. */
export type PlanPart = LabelledField;

/** Every field path of a plan with the part it belongs to, in the plan's order: ["opening.time", "opening.time"]. */
function paths(plan: Plan): [path: string, part: PlanPart][] {
  return Object.entries(plan).flatMap(([key, value]): [string, PlanPart][] => {
    if (bookkeeping.has(key)) return [];
    if (key === 'opening') return Object.keys(value as object).map((inner) => [`opening.${inner}`, `opening.${inner}` as PlanPart]);
    return [[key, tiedTo[key] ?? (key as PlanPart)]];
  });
}

function read(plan: Plan, path: string): unknown {
  const [key, inner] = path.split('.') as [keyof Plan, string?];
  return inner ? (plan[key] as Record<string, unknown>)[inner] : plan[key];
}

function write(plan: Plan, path: string, value: unknown): Plan {
  const [key, inner] = path.split('.') as [keyof Plan, string?];
  return { ...plan, [key]: inner ? { ...(plan[key] as object), [inner]: value } : value };
}

/** One part's value as comparable text. */
const partOf = (plan: Plan, part: PlanPart): string =>
  JSON.stringify(paths(plan).filter(([, owner]) => owner === part).map(([path]) => read(plan, path)));

/** The plan as the rep wrote it, without its bookkeeping, in schema order: equal for two plans with the same content. */
export function contentOf(plan: Plan): string {
  return JSON.stringify({ ...planSchema(plan, ''), revision: 0, updatedAt: '' });
}

/** Copies one part (with the fields tied to it) from `source` into `target`. */
export function takePart(target: Plan, source: Plan, part: PlanPart): Plan {
  return paths(source)
    .filter(([, owner]) => owner === part)
    .reduce((plan, [path]) => write(plan, path, read(source, path)), target);
}

export interface Merge {
  /** Their plan with every part only this tab changed, and this tab's version of each conflict; at their revision. */
  plan: Plan;
  /** The parts both tabs changed, differently: the rep chooses. */
  conflicts: PlanPart[];
}

/**
 * Merges this tab's edits (`mine`) with another tab's save (`theirs`), both made on `base`, the version this tab
 * last read. A part changed on one side only takes that side; a part changed on both sides alike is kept; a part
 * changed differently on both is a conflict. Without a base, every part that differs is a conflict.
 */
export function mergePlans(base: Plan | undefined, mine: Plan, theirs: Plan): Merge {
  const parts = [...new Set(paths(theirs).map(([, part]) => part))];
  const conflicts: PlanPart[] = [];
  let plan: Plan = { ...theirs, updatedAt: mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt };
  for (const part of parts) {
    const [was, ours, their] = [base && partOf(base, part), partOf(mine, part), partOf(theirs, part)];
    if (ours === their || ours === was) continue;
    plan = takePart(plan, mine, part);
    if (their !== was) conflicts.push(part);
  }
  return { plan, conflicts };
}
