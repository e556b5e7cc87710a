import { objectionTypeLabel, objectionTypes, type ObjectionType } from '../../schemas/objection.ts';

export interface ObjectionGroup<T> {
  type: ObjectionType;
  /** The heading's text, e.g. "Trust and risk". */
  label: string;
  /** The heading's anchor on the objections page: `#type-price`. */
  anchor: string;
  objections: T[];
}

/** Objections grouped by type, in the schema's order of types, each group by title; types with none are left out. */
export function objectionGroups<T extends { data: { type: ObjectionType; title: string } }>(objections: readonly T[]): ObjectionGroup<T>[] {
  return objectionTypes.flatMap((type) => {
    const members = objections.filter((objection) => objection.data.type === type).sort((a, b) => a.data.title.localeCompare(b.data.title));
    return members.length > 0 ? [{ type, label: objectionTypeLabel[type], anchor: `type-${type}`, objections: members }] : [];
  });
}
