import { describe, expect, it } from 'vitest';
import { answerLines, answerRule, largestFitting, papers, typeScale } from '../../src/lib/planner/sheet-fit';

describe('fitting the sheet to one page', () => {
  /** A sheet 100 px tall per point of type, on a page of `limit` px; counts the measurements it takes. */
  const page = (limit: number) => {
    const tried: number[] = [];
    return { tried, fits: (size: number) => (tried.push(size), size * 100 <= limit) };
  };

  it('picks the largest type size at which the sheet still fits', () => {
    expect(largestFitting(page(925).fits, typeScale)).toBe(9.25);
    expect(largestFitting(page(924).fits, typeScale)).toBe(9);
  });

  it('gives a short plan the ceiling and a long one the floor', () => {
    expect(largestFitting(page(5000).fits, typeScale)).toBe(typeScale.to);
    expect(largestFitting(page(10).fits, typeScale)).toBe(typeScale.from);
  });

  it('settles with one measurement when there is no room for the next step, and a few when there is', () => {
    const full = page(770);
    expect(largestFitting(full.fits, typeScale)).toBe(7.5);
    expect(full.tried).toEqual([7.75]);
    const roomy = page(1000);
    largestFitting(roomy.fits, typeScale);
    expect(roomy.tried.length).toBeLessThanOrEqual(5);
  });

  it('searches whole writing lines and their spacing the same way', () => {
    expect(largestFitting((lines) => 800 + lines * 40 <= 930, answerLines)).toBe(3);
    expect(largestFitting((rule) => rule * 500 <= 1000, answerRule)).toBe(2);
  });

  it('keeps the type between about 7.5 and 11 pt, in quarter points', () => {
    expect(typeScale).toEqual({ from: 7.5, to: 11, step: 0.25 });
  });

  it('measures against the printable area of both Letter and A4', () => {
    expect(papers.map(({ widthMm, heightMm }) => [Number(widthMm.toFixed(1)), Number(heightMm.toFixed(1))])).toEqual([
      [191.9, 257.4],
      [186, 275],
    ]);
  });
});
