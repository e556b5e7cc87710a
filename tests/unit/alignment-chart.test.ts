import { describe, expect, it } from 'vitest';
import { concernPath, concerns } from '../../src/lib/selfcheck/alignment-chart';

describe('the buyer’s concerns', () => {
  it('each have a name and seven readings from 0 to 10', () => {
    expect(new Set(concerns.map((concern) => concern.name)).size).toBe(concerns.length);
    for (const concern of concerns) {
      expect(concern.name).toMatch(/^[A-Z][a-z ]+/);
      expect(concern.levels).toHaveLength(7);
      for (const level of concern.levels) {
        expect(level).toBeGreaterThanOrEqual(0);
        expect(level).toBeLessThanOrEqual(10);
      }
    }
  });

  it('name as their peak the phase where the chart draws them highest, so the text alternative tells the same story', () => {
    // Readings 0–2 fall in Phase I, 3–4 in Phase II and 5–6 in Phase III.
    const phaseOf = (index: number) => (index < 3 ? 1 : index < 5 ? 2 : 3);
    for (const concern of concerns) {
      const highest = concern.levels.indexOf(Math.max(...concern.levels));
      expect(concern.peak, concern.name).toBe(phaseOf(highest));
    }
  });

  it('peak in every phase between them, as the buyer moves from problem to solution to risk', () => {
    expect(new Set(concerns.map((concern) => concern.peak))).toEqual(new Set([1, 2, 3]));
  });
});

describe('a concern’s line', () => {
  it('runs from the left margin to the right, 0 on the bottom margin and 10 on the top one', () => {
    expect(concernPath([0, 10], 100, 50, 10)).toBe('M10.0 40.0 C50.0 40.0 50.0 10.0 90.0 10.0');
  });

  it('is one smooth curve per step, each bending halfway between two readings', () => {
    expect(concernPath([5, 5, 2.5], 100, 50, 10)).toBe('M10.0 25.0 C30.0 25.0 30.0 25.0 50.0 25.0 C70.0 25.0 70.0 32.5 90.0 32.5');
  });
});
