import { describe, expect, it } from 'vitest';
import { questionnaireGroups, scoringKey, type QuestionnaireItem } from '../../src/lib/selfcheck/layout';

const item = (id: string, part: QuestionnaireItem['part'], group: string, phase: QuestionnaireItem['phase']): QuestionnaireItem => ({ id, part, group, phase, text: `Text of ${id}`, weight: 2 });
// Written in phase order within each group, as an author would: the page must not keep that order.
const items = [
  item('s-probe', 'seller', 'Your agenda', 1),
  item('b-symptoms', 'buyer', 'What they talk about', 1),
  item('b-causes', 'buyer', 'What they talk about', 1),
  item('b-options', 'buyer', 'What they talk about', 2),
  item('b-criteria', 'buyer', 'What they talk about', 2),
  item('b-contract', 'buyer', 'What they talk about', 3),
  item('b-references', 'buyer', 'What they ask for', 3),
  item('s-demo', 'seller', 'Your agenda', 2),
  item('s-close', 'seller', 'Your agenda', 3),
];
const groups = questionnaireGroups(items);

describe('the questionnaire on the page', () => {
  it('puts the buyer’s signals first, then the rep’s agenda, each group once in the author’s order', () => {
    expect(groups.map((group) => [group.part, group.title])).toEqual([
      ['buyer', 'What they talk about'],
      ['buyer', 'What they ask for'],
      ['seller', 'Your agenda'],
    ]);
  });

  it('keeps every item, whole, in its own group', () => {
    for (const group of groups) for (const entry of group.items) expect(entry).toMatchObject({ ...items.find((candidate) => candidate.id === entry.id), group: group.title, part: group.part });
    expect(groups.flatMap((group) => group.items).map((entry) => entry.id).sort()).toEqual(items.map((entry) => entry.id).sort());
  });

  it('keeps a buyer group and an agenda group apart when they share a heading', () => {
    const shared = questionnaireGroups([item('b-a', 'buyer', 'Money', 3), item('s-a', 'seller', 'Money', 3), item('b-b', 'buyer', 'Money', 2)]);
    expect(shared.map((group) => [group.part, group.items.map((entry) => entry.id).sort()])).toEqual([
      ['buyer', ['b-a', 'b-b']],
      ['seller', ['s-a']],
    ]);
  });

  it('numbers the items 1, 2, 3… down the page', () => {
    expect(groups.flatMap((group) => group.items.map((entry) => entry.number))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('mixes the phases within a group, so the order does not give the answer away', () => {
    const talk = groups[0]!.items.map((entry) => entry.phase);
    expect(talk).not.toEqual([...talk].sort());
  });

  it('mixes them by the items alone, the same on every build whatever order the author wrote them in', () => {
    const byGroup = (layout: typeof groups) => Object.fromEntries(layout.map((group) => [group.title, group.items.map((entry) => entry.id)]));
    expect(byGroup(questionnaireGroups([...items].reverse()))).toEqual(byGroup(groups));
  });
});

describe('the printable key', () => {
  it('lists the numbers of each phase’s items down the page, signals and agenda apart', () => {
    const number = new Map(groups.flatMap((group) => group.items).map((entry) => [entry.id, entry.number]));
    const numbers = (...ids: string[]) => ids.map((id) => number.get(id)!).sort((a, b) => a - b);
    expect(scoringKey(groups)).toEqual({
      buyer: { 1: numbers('b-symptoms', 'b-causes'), 2: numbers('b-options', 'b-criteria'), 3: numbers('b-contract', 'b-references') },
      seller: { 1: numbers('s-probe'), 2: numbers('s-demo'), 3: numbers('s-close') },
    });
  });
});
