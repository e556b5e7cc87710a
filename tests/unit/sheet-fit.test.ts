import { describe, expect, it } from 'vitest';
import { answerLines, answerRule, largestFitting, papers, typeScale } from '../../src/lib/planner/sheet-fit';

describe('fitting the sheet to one page', () => {
  // A sheet whose height grows with its type size: 100 px per point.
  const tallness = (size: number) => size * 100;

  it('picks the largest type size at which the sheet still fits', () => {
    expect(largestFitting(tallness, 925, typeScale)).toBe(9.25);
    expect(largestFitting(tallness, 924, typeScale)).toBe(9);
  });

  it('gives a short plan the ceiling and a long one the floor', () => {
    expect(largestFitting(tallness, 5000, typeScale)).toBe(typeScale.to);
    expect(largestFitting(tallness, 10, typeScale)).toBe(typeScale.from);
  });

  it('searches whole writing lines and their spacing the same way', () => {
    expect(largestFitting((lines) => 800 + lines * 40, 930, answerLines)).toBe(3);
    expect(largestFitting((rule) => rule * 500, 1000, answerRule)).toBe(2);
  });

  it('keeps the type between about 7.5 and 11 pt, in quarter points', () => {
    expect(typeScale).toEqual({ from: 7.5, to: 11, step: 0.25 });
  });

  it('measures against the printable area of both Letter and A4', () => {
    expect(papers.map(({ widthMm, heightMm }) => [Number(widthMm.toFixed(1)), Number(heightMm.toFixed(1))])).toEqual([
      [186, 275],
      [191.9, 257.4],
    ]);
  });
});
