import type { SelfcheckItem } from '../../schemas/selfcheck.ts';
import type { PhaseNumber } from '../labels.ts';

export type QuestionnaireItem = SelfcheckItem;

export interface QuestionnaireGroup {
  part: SelfcheckItem['part'];
  title: string;
  /** Items with their number on the page, used by the key for scoring by hand. */
  items: (QuestionnaireItem & { number: number })[];
}

/** A small stable hash, so the order looks mixed but is the same on every build and in every test. */
function hash(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 16777619);
  return value >>> 0;
}

/**
 * Groups the questionnaire for display: buyer signals first, then the rep's agenda, each under its group heading.
 * Within a group items are shuffled by a fixed hash, so the order does not give the phase away.
 */
export function questionnaireGroups(items: readonly QuestionnaireItem[]): QuestionnaireGroup[] {
  const groups: QuestionnaireGroup[] = [];
  for (const part of ['buyer', 'seller'] as const) {
    for (const item of items.filter((candidate) => candidate.part === part)) {
      let group = groups.find((candidate) => candidate.part === part && candidate.title === item.group);
      if (!group) groups.push((group = { part, title: item.group, items: [] }));
      group.items.push({ ...item, number: 0 });
    }
  }
  let number = 0;
  for (const group of groups) {
    group.items.sort((a, b) => hash(a.id) - hash(b.id));
    for (const item of group.items) item.number = ++number;
  }
  return groups;
}

/** For the printable key: the numbers of the items of each phase, buyer signals and agenda items apart. */
export function scoringKey(groups: readonly QuestionnaireGroup[]): Record<'buyer' | 'seller', Record<PhaseNumber, number[]>> {
  const key = { buyer: { 1: [], 2: [], 3: [] }, seller: { 1: [], 2: [], 3: [] } } as Record<'buyer' | 'seller', Record<PhaseNumber, number[]>>;
  for (const group of groups) for (const item of group.items) key[group.part][item.phase].push(item.number);
  return key;
}
