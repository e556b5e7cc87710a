import { describe, expect, it } from 'vitest';
import { prefillFromQuery } from '../../src/lib/planner/prefill';
import { planLimits } from '../../src/schemas/plan';

const stages = [
  { id: 'test-drive', title: 'The test drive', track: 'showroom' },
  { id: 'discovery', title: 'Discovery', track: 'consultative' },
  { id: 'reduce-risk', title: 'Reduce the risk', track: 'consultative' },
];
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

describe('a link that starts a plan', () => {
  it('pre-fills the phase the rep chose and the stage with its track', () => {
    expect(prefillFromQuery('?phase=2&stage=discovery', stages)).toEqual({
      values: { phase: 2, phaseSource: 'chosen', stage: 'discovery', track: 'consultative' },
      notices: [],
    });
  });

  it('marks a phase that came from the self-check', () => {
    expect(prefillFromQuery('?phase=3&from=check', stages).values).toEqual({ phase: 3, phaseSource: 'self-check' });
    expect(prefillFromQuery('?phase=1&from=elsewhere', stages).values).toEqual({ phase: 1, phaseSource: 'chosen' });
  });

  it.each(['1', '2', '3'])('accepts phase %s', (phase) => {
    expect(prefillFromQuery(`?phase=${phase}`, stages)).toEqual({ values: { phase: Number(phase), phaseSource: 'chosen' }, notices: [] });
  });

  it('leaves everything to the rep when the address asks for nothing', () => {
    expect(prefillFromQuery('', stages)).toEqual({ values: {}, notices: [] });
  });
});

describe('a link with values the planner cannot use', () => {
  it.each(['0', '4', 'II', '', '2.0'])('ignores phase "%s" and says so', (phase) => {
    const prefill = prefillFromQuery(`?phase=${phase}`, stages);
    expect(prefill.values).toEqual({});
    expect(prefill.notices).toEqual([`The link asked for phase “${phase}”, which is not 1, 2 or 3, so the phase was left for you to choose.`]);
  });

  it('ignores a stage that is not in the playbook and says so, keeping a good phase', () => {
    expect(prefillFromQuery('?phase=2&stage=test-drve', stages)).toEqual({
      values: { phase: 2, phaseSource: 'chosen' },
      notices: ['The link named a stage “test-drve” that is not in the playbook, so the stage was left for you to choose.'],
    });
  });

  it('quotes no more than the start of a long value', () => {
    const [phaseNotice, stageNotice] = prefillFromQuery(`?phase=${'9'.repeat(50)}&stage=${'x'.repeat(100)}`, stages).notices;
    expect(phaseNotice).toContain(`“${'9'.repeat(20)}”`);
    expect(stageNotice).toContain(`“${'x'.repeat(40)}”`);
  });
});
