import { describe, expect, it } from 'vitest';
import { newPlan } from '../../src/lib/planner/plan-model';
import { planToText as toText } from '../../src/lib/planner/plan-text';
import type { Plan } from '../../src/schemas/plan';

const plan = (fields: Partial<Plan>) => newPlan(new Date('2026-11-20T09:30:00Z'), 'p1', { account: 'Northwind Logistics', ...fields });
const titles = { stages: { 'explore-problem': 'Explore the problem' }, tracks: { consultative: 'Consultative sale' } };
const planToText = (plan: Plan) => toText(plan, titles);

describe('a plan as a CRM note', () => {
  it('has a labelled line for every field the rep filled, in the order of the form', () => {
    const note = planToText(
      plan({
        name: 'Second meeting',
        when: '2026-11-26T10:00',
        callType: 'Discovery',
        attendees: [{ name: 'Dana Ortiz', role: 'decision maker' }, { name: 'Sam Lee', role: 'user' }],
        track: 'consultative',
        stage: 'explore-problem',
        phase: 2,
        phaseEvidence: 'They compare two vendors',
        whyMeeting: 'Fridays fall apart',
        objectives: ['I need to understand what a bad Friday costs'],
        questions: [{ text: 'Walk me through last Friday', kind: 'situation' }],
        known: 'Forty trucks',
        gaps: 'Who signs',
        holdBack: 'Pricing',
        bestOutcome: 'A working session',
        minimumOutcome: 'The credit report',
        concerns: [{ concern: 'Drivers ignored the last tool', explore: 'Ask what they disliked' }],
        opening: { purpose: 'Understand Fridays', time: '45 minutes', roles: 'Dana leads', outcome: 'Agree the next step' },
        advice: 'Tom says start with credits',
        coachingNotes: 'Lead with the Friday numbers',
        learned: 'Credits cost more than overtime',
        nextStep: 'Working session with finance',
        nextStepDate: '2026-12-03',
      }),
    );
    expect(note.split('\n')).toEqual([
      'Call plan: Second meeting',
      'Account: Northwind Logistics',
      'When: 2026-11-26 10:00',
      'Call type: Discovery',
      'Who:',
      '- Dana Ortiz (decision maker)',
      '- Sam Lee (user)',
      'Track: Consultative sale',
      'Stage: Explore the problem',
      'Buyer phase: Phase II (They compare two vendors)',
      'Why they agreed to meet: Fridays fall apart',
      'Learning objectives:',
      '- I need to understand what a bad Friday costs',
      'Questions:',
      '- [situation] Walk me through last Friday',
      'What we know: Forty trucks',
      'Gaps: Who signs',
      'Hold back until they are ready: Pricing',
      'Best outcome: A working session',
      'Minimum acceptable outcome: The credit report',
      'Concerns to explore:',
      '- Drivers ignored the last tool → Ask what they disliked',
      'Opening: purpose: Understand Fridays',
      'Opening: time: 45 minutes',
      'Opening: roles: Dana leads',
      'Opening: intended outcome: Agree the next step',
      'Advice from sponsor or coach: Tom says start with credits',
      'Coaching notes: Lead with the Friday numbers',
      'What we learned: Credits cost more than overtime',
      'Next step: Working session with finance (by 2026-12-03)',
    ]);
  });

  it('is only its title and account for a plan with nothing else filled', () => {
    expect(planToText(plan({}))).toBe('Call plan: Northwind Logistics\nAccount: Northwind Logistics');
  });

  it('trims what the rep typed and leaves out blank lines, people without a name and questions without text', () => {
    const note = planToText(
      plan({
        account: '  Contoso  ',
        attendees: [{ name: '  ', role: 'user' }, { name: ' Dana ', role: 'sponsor' }],
        objectives: ['  ', ' Learn how they decide '],
        questions: [{ text: ' ', kind: 'impact' }, { text: ' Why now? ', kind: 'problem' }],
        concerns: [{ concern: ' ', explore: 'Orphan note' }, { concern: ' Budget is set ', explore: '  ' }],
        known: '   ',
      }),
    );
    expect(note.split('\n')).toEqual([
      'Call plan: Contoso',
      'Account: Contoso',
      'Who:',
      '- Dana (sponsor)',
      'Learning objectives:',
      '- Learn how they decide',
      'Questions:',
      '- [problem] Why now?',
      'Concerns to explore:',
      '- Budget is set',
    ]);
  });

  it('trims the evidence, the concerns and the next step inside their lines too', () => {
    const note = planToText(
      plan({ phase: 1, phaseEvidence: ' Still describing symptoms ', concerns: [{ concern: ' IT is busy ', explore: ' Ask what a light start needs ' }], nextStep: ' Call Dana ', nextStepDate: '2026-12-03' }),
    );
    expect(note).toContain('\nBuyer phase: Phase I (Still describing symptoms)\n');
    expect(note).toContain('\n- IT is busy → Ask what a light start needs\n');
    expect(note.endsWith('\nNext step: Call Dana (by 2026-12-03)')).toBe(true);
  });

  it('gives the phase without evidence, and the next step without a date', () => {
    const note = planToText(plan({ phase: 3, phaseEvidence: '  ', nextStep: ' Send the proposal ' }));
    expect(note).toContain('\nBuyer phase: Phase III\n');
    expect(note.endsWith('\nNext step: Send the proposal')).toBe(true);
  });
});
