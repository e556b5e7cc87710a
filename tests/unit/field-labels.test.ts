import { describe, expect, it } from 'vitest';
import { fieldLabels } from '../../src/lib/planner/field-labels';
import { newPlan } from '../../src/lib/planner/plan-model';

/** What a plan holds that a rep never fills in: the planner's own bookkeeping. */
const bookkeeping = ['version', 'id', 'createdAt', 'updatedAt', 'revision', 'phaseSource'];

describe('the names of a plan’s fields', () => {
  const plan = newPlan(new Date(0), 'p1');
  const fields = [
    ...Object.keys(plan).filter((key) => !bookkeeping.includes(key) && key !== 'opening'),
    ...Object.keys(plan.opening).map((key) => `opening.${key}`),
  ];

  it('name every field a rep fills in, the opening agreement’s four parts included', () => {
    expect(fields.filter((field) => !(field in fieldLabels))).toEqual([]);
    expect(fields).toContain('opening.outcome');
  });

  it('name nothing a plan does not hold', () => {
    expect(Object.keys(fieldLabels).filter((field) => !fields.includes(field))).toEqual([]);
  });

  it('are all different, so that a message about a field never leaves a rep guessing which one it means', () => {
    const labels = Object.values(fieldLabels);
    expect(labels.filter((label, at) => labels.indexOf(label) !== at)).toEqual([]);
  });
});
