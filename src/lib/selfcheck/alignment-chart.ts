import type { PhaseNumber } from '../labels.ts';

/** One of the buyer's concerns and how much it weighs on them (0 to 10) at the start, middle and end of each phase. */
export interface Concern {
  name: string;
  /** Seven readings: the start of Phase I, then the middle and end of I, II and III. */
  levels: readonly number[];
  /** The phase where it weighs most, for the text alternative. */
  peak: PhaseNumber;
}

/** The buyer's concerns across the three phases, after Bosworth's buyer-seller alignment chart. */
export const concerns: readonly Concern[] = [
  { name: 'The problem and its causes', levels: [9, 9.5, 8, 5, 3, 2, 1.5], peak: 1 },
  { name: 'Solutions and how well they fit', levels: [1, 2, 5, 8.5, 7, 4, 3], peak: 2 },
  { name: 'Price and return', levels: [2, 2.5, 3.5, 5.5, 7, 7.5, 6], peak: 3 },
  { name: 'The risk of committing', levels: [1, 1.5, 2, 3, 5, 9, 9.5], peak: 3 },
];

/** An SVG path through the readings, smoothed so the chart reads as a trend, not as data points. */
export function concernPath(levels: readonly number[], width: number, height: number, margin: number): string {
  const step = (width - 2 * margin) / (levels.length - 1);
  const points = levels.map((level, index) => [margin + index * step, height - margin - (level / 10) * (height - 2 * margin)] as const);
  return points
    .map(([x, y], index) => {
      if (index === 0) return `M${x.toFixed(1)} ${y.toFixed(1)}`;
      const [px, py] = points[index - 1]!;
      const mid = (px + x) / 2;
      return `C${mid.toFixed(1)} ${py.toFixed(1)} ${mid.toFixed(1)} ${y.toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)}`;
    })
    .join(' ');
}
