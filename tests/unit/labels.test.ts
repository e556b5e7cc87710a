import { describe, expect, it } from 'vitest';
import { channelLabel, intentLabel, isoDate, phaseFocus, phaseLabel, phaseNumbers, questionKindLabel, readableDate } from '../../src/lib/labels';
import { followupChannels } from '../../src/schemas/followup';
import { questionKinds } from '../../src/schemas/plan';
import { wordtrackIntents } from '../../src/schemas/wordtrack';

describe('phases', () => {
  it('are named in roman numerals, in order', () => {
    expect(phaseNumbers.map(phaseLabel)).toEqual(['Phase I', 'Phase II', 'Phase III']);
  });

  it('each say what the buyer is doing, in words of their own', () => {
    const focus = phaseNumbers.map((phase) => phaseFocus[phase]);
    for (const words of focus) expect(words).toMatch(/^[a-z][a-z ]{8,}$/);
    expect(new Set(focus).size).toBe(3);
  });
});

// Every value an author can write gets a label of its own, so no filter, card or heading shows a blank or a raw id.
describe.each([
  ['intents', wordtrackIntents, intentLabel],
  ['follow-up channels', followupChannels, channelLabel],
  ['question kinds', questionKinds, questionKindLabel],
] as const)('%s', (_name, values, labels: Record<string, string>) => {
  it('each have a capitalised label', () => {
    for (const value of values) expect(labels[value], value).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
  });

  it('no two share a label', () => {
    expect(new Set(values.map((value) => labels[value])).size).toBe(values.length);
  });
});

describe('dates', () => {
  // Late in the evening UTC: a reader's time zone must not move the day the build printed.
  const late = new Date('2026-10-14T23:30:00Z');

  it('read as day, month name and year, the same for every reader', () => {
    expect(readableDate(late)).toBe('14 October 2026');
    expect(readableDate(new Date('2027-01-02T00:00:00Z'))).toBe('2 January 2027');
  });

  it('carry the calendar day for <time datetime>', () => {
    expect(isoDate(late)).toBe('2026-10-14');
  });
});
