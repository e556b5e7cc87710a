import { describe, expect, it } from 'vitest';
import type { Result } from 'lighthouse';
import { medianOf } from '../../scripts/audit-report.ts';

/** The parts of a Lighthouse result that judging several runs reads. */
function run(name: string, fcp: number | undefined, interactive: number | undefined, performance: number | null): Result {
  const audits: Record<string, { numericValue?: number }> = {};
  if (fcp !== undefined) audits['first-contentful-paint'] = { numericValue: fcp };
  if (interactive !== undefined) audits['interactive'] = { numericValue: interactive };
  return { requestedUrl: name, audits, categories: { performance: { score: performance } }, environment: { benchmarkIndex: fcp ?? 0 } } as unknown as Result;
}

describe('the median of several Lighthouse runs of one page', () => {
  it('is the run nearest the median first paint and time to interactive, not the best or the first', () => {
    const runs = [run('slow', 1800, 4200, 0.95), run('middle', 1000, 1500, 0.99), run('fast', 900, 1200, 1)];
    const { median, perfScores, benchmarks } = medianOf(runs);
    expect(median.requestedUrl).toBe('middle');
    expect(perfScores).toEqual([0.95, 0.99, 1]);
    expect(benchmarks).toEqual([1800, 1000, 900]);
  });

  it('never picks a run that did not load the page while another did', () => {
    const runs = [run('failed', undefined, undefined, null), run('loaded', 1000, 1500, 1)];
    expect(medianOf(runs).median.requestedUrl).toBe('loaded');
    expect(medianOf(runs).perfScores).toEqual([null, 1]);
  });

  it('reports the first run when none loaded the page, so its error is shown', () => {
    const runs = [run('first', undefined, 900, null), run('second', undefined, undefined, null)];
    expect(medianOf(runs).median.requestedUrl).toBe('first');
  });

  it('refuses no runs at all', () => {
    expect(() => medianOf([])).toThrow(/at least one/);
  });
});
