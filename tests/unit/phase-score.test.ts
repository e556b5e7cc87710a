import { readFileSync } from 'node:fs';
import { load as parse } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { scoreCheck, readSide, type CheckItem } from '../../src/lib/selfcheck/phase-score';
import { movesFor } from '../../src/lib/selfcheck/phase-advice';

// A compact questionnaire, so each scenario states exactly what was ticked.
const item = (id: string, part: CheckItem['part'], phase: CheckItem['phase'], weight: CheckItem['weight'] = 2): CheckItem => ({ id, part, phase, weight });
const items: CheckItem[] = [
  item('b1-symptoms', 'buyer', 1), item('b1-causes', 'buyer', 1, 3), item('b1-cost', 'buyer', 1), item('b1-price-first', 'buyer', 1, 1),
  item('b2-options', 'buyer', 2), item('b2-criteria', 'buyer', 2, 3), item('b2-demo', 'buyer', 2),
  item('b3-references', 'buyer', 3), item('b3-contract', 'buyer', 3, 3), item('b3-rollout', 'buyer', 3),
  item('s1-discovery', 'seller', 1), item('s1-cost', 'seller', 1),
  item('s2-present', 'seller', 2), item('s2-demo', 'seller', 2),
  item('s3-proposal', 'seller', 3), item('s3-close', 'seller', 3),
];
const check = (...ids: string[]) => scoreCheck(new Set(ids), items);

describe('the seed case and the two ways out of step', () => {
  it('a buyer still describing the problem, a seller planning to present solutions: ahead of the buyer', () => {
    const result = check('b1-symptoms', 'b1-causes', 'b1-cost', 's2-present', 's2-demo');
    expect(result.verdict).toBe('ahead');
    expect(result.buyer!.label).toBe('Phase I');
    expect(result.plan!.label).toBe('Phase II');
    expect(result.explanation).toContain('feel sold to');
  });

  it('a Phase III buyer and a seller still asking discovery questions: behind the buyer', () => {
    const result = check('b3-references', 'b3-contract', 'b3-rollout', 's1-discovery', 's1-cost');
    expect(result.verdict).toBe('behind');
    expect(result.explanation).toContain('stalls');
    expect(movesFor(result)[0]).toContain('Drop the remaining discovery questions');
  });

  it('a Phase I buyer and a plan to propose and close is far ahead', () => {
    expect(check('b1-symptoms', 'b1-causes', 's3-proposal', 's3-close').verdict).toBe('ahead');
  });

  it('a Phase II buyer and a discovery-only plan is behind', () => {
    expect(check('b2-options', 'b2-criteria', 's1-discovery').verdict).toBe('behind');
  });
});

describe('aligned in each phase', () => {
  it.each([
    [1, ['b1-symptoms', 'b1-causes', 's1-discovery', 's1-cost']],
    [2, ['b2-options', 'b2-criteria', 'b2-demo', 's2-present', 's2-demo']],
    [3, ['b3-references', 'b3-contract', 's3-proposal']],
  ] as const)('Phase %i', (phase, ids) => {
    const result = check(...ids);
    expect(result.verdict).toBe('aligned');
    expect(result.buyer!.phase).toBe(phase);
    expect(result.explanation).toContain(result.buyer!.label);
    expect(movesFor(result)).toHaveLength(3);
  });
});

describe('the moves for the call', () => {
  // Every situation the check can report: in step in each phase, and each way out of step that can happen.
  const situations: [name: string, ids: string[]][] = [
    ['in step, Phase I', ['b1-symptoms', 'b1-causes', 's1-discovery', 's1-cost']],
    ['in step, Phase II', ['b2-options', 'b2-criteria', 's2-present', 's2-demo']],
    ['in step, Phase III', ['b3-references', 'b3-contract', 's3-proposal']],
    ['ahead of a Phase I buyer', ['b1-symptoms', 'b1-causes', 's2-present', 's2-demo']],
    ['ahead of a Phase II buyer', ['b2-options', 'b2-criteria', 's3-proposal', 's3-close']],
    ['behind a Phase II buyer', ['b2-options', 'b2-criteria', 's1-discovery']],
    ['behind a Phase III buyer', ['b3-references', 'b3-contract', 's1-discovery', 's1-cost']],
    ['too little to tell', []],
  ];

  it.each(situations)('%s: three different moves, each a full sentence', (_, ids) => {
    const moves = movesFor(check(...ids));
    expect(moves).toHaveLength(3);
    expect(new Set(moves).size).toBe(3);
    for (const move of moves) expect(move).toMatch(/^[A-Z“].{30,}[.?”]$/);
  });

  it('no two situations get the same advice', () => {
    const advice = situations.map(([, ids]) => movesFor(check(...ids)).join('\n'));
    expect(new Set(advice).size).toBe(situations.length);
  });

  it('one strong signal gets the moves for listening, not those of its phase', () => {
    const result = check('b3-contract', 's3-proposal');
    expect(result.buyer!.phase).toBe(3);
    expect(movesFor(result)).toEqual(movesFor(check()));
  });
});

describe('how sure the reading is', () => {
  it('reports the winning share as confidence', () => {
    const reading = readSide(items.filter((entry) => ['b1-symptoms', 'b1-causes', 'b2-options'].includes(entry.id)))!;
    expect(reading.phase).toBe(1);
    expect(reading.confidence).toBeCloseTo(5 / 7);
    expect(reading.label).toBe('Phase I');
  });

  it('calls a tie between neighbouring phases "between I and II"', () => {
    const result = check('b1-symptoms', 'b2-options', 's1-discovery', 's2-present');
    expect(result.buyer!.label).toBe('between Phase I and Phase II');
    expect(result.buyer!.between).toEqual([1, 2]);
    expect(result.buyer!.confidence).toBe(0.5);
    expect(result.verdict).toBe('aligned');
  });

  it('a close runner-up in the next phase is "between II and III"', () => {
    expect(check('b2-criteria', 'b3-rollout', 'b3-references', 's3-proposal').buyer!.label).toBe('between Phase II and Phase III');
  });

  it('one Phase II item in a Phase I plan is still in step; half the plan in Phase II is ahead', () => {
    expect(check('b1-symptoms', 'b1-causes', 's1-discovery', 's1-cost', 's2-present').verdict).toBe('aligned');
    expect(check('b1-symptoms', 'b1-causes', 's1-discovery', 's2-present').verdict).toBe('ahead');
  });

  it('mixed signals from phases I and III are not called "between", and the weighted middle is compared', () => {
    const result = check('b1-causes', 'b3-contract', 's2-present');
    expect(result.buyer!.between).toBeUndefined();
    expect(result.buyer!.position).toBe(2);
    expect(result.verdict).toBe('aligned');
  });
});

describe('too few answers', () => {
  it('nothing ticked: not enough, with what to look for', () => {
    const result = check();
    expect(result.verdict).toBe('not-enough');
    expect(result.explanation).toMatch(/^Not enough to tell yet/);
    expect(movesFor(result)[0]).toMatch(/^Listen for/);
  });

  it('one buyer signal, however strong, is not enough', () => {
    expect(check('b3-contract', 's3-proposal').verdict).toBe('not-enough');
  });

  it('two different signals that weigh less than MIN_BUYER_WEIGHT together are not enough', () => {
    // b1-price-first weighs 1 and b1-symptoms 2: two signals, 3 in all.
    const result = check('b1-price-first', 'b1-symptoms', 's1-cost');
    expect(result.verdict).toBe('not-enough');
    expect(result.explanation).toMatch(/^Not enough to tell yet/);
  });

  it('two signals that reach MIN_BUYER_WEIGHT exactly are enough to read the buyer', () => {
    // b1-symptoms and b1-cost weigh 2 each: 4 in all, the threshold itself.
    expect(check('b1-symptoms', 'b1-cost', 's1-cost').verdict).toBe('aligned');
  });

  it('a clear buyer with no plan ticked names the buyer phase and asks for the plan', () => {
    const result = check('b2-options', 'b2-criteria');
    expect(result.verdict).toBe('not-enough');
    expect(result.buyer!.label).toBe('Phase II');
    expect(result.explanation).toContain('tick what you plan to do');
  });

  it('ignores ids that are not in the questionnaire', () => {
    expect(check('made-up', 'b1-causes').verdict).toBe('not-enough');
  });
});

describe('the real questionnaire', () => {
  const real = (parse(readFileSync('content/selfcheck.yaml', 'utf8')) as CheckItem[]).map(({ id, part, phase, weight }) => ({ id, part, phase, weight }));
  const all = (part: CheckItem['part'], phase: number) => real.filter((entry) => entry.part === part && entry.phase === phase).map((entry) => entry.id);

  it.each([1, 2, 3])('ticking every Phase %i signal and agenda item is aligned in that phase', (phase) => {
    const result = scoreCheck(new Set([...all('buyer', phase), ...all('seller', phase)]), real);
    expect(result.verdict).toBe('aligned');
    expect(result.buyer!.phase).toBe(phase);
    expect(result.buyer!.confidence).toBe(1);
  });

  it('every Phase I signal with every Phase II agenda item is ahead', () => {
    expect(scoreCheck(new Set([...all('buyer', 1), ...all('seller', 2)]), real).verdict).toBe('ahead');
  });
});
