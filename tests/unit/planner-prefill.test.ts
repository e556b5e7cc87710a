import { describe, expect, it } from 'vitest';
import { prefillFromQuery } from '../../src/lib/planner-prefill';
import { planLimits } from '../../src/schemas/plan';

const stages = [{ id: 'reduce-risk', title: 'Reduce the risk', track: 'consultative' }];
const query = (values: Record<string, string>) => `?${new URLSearchParams(values)}`;

describe('a plan started from a link', () => {
  it('takes the phase, the stage and the self-check’s buyer signals as its evidence', () => {
    const evidence = 'From the self-check: They ask about references; They want the contract terms.';
    expect(prefillFromQuery(query({ phase: '3', from: 'check', stage: 'reduce-risk', evidence }), stages)).toEqual({
      values: { phase: 3, phaseSource: 'self-check', stage: 'reduce-risk', track: 'consultative', phaseEvidence: evidence },
      notices: [],
    });
  });

  it('keeps evidence within what a plan holds, and ignores an empty one', () => {
    const long = prefillFromQuery(query({ evidence: 'x'.repeat(planLimits.phaseEvidence + 50) }), stages);
    expect(long.values.phaseEvidence).toHaveLength(planLimits.phaseEvidence);
    expect(prefillFromQuery(query({ evidence: '   ' }), stages).values).toEqual({});
  });
});
