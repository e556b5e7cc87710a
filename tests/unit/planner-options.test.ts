import { describe, expect, it } from 'vitest';
import { questionKindFor, wordtracksToOffer, type PickableWordtrack } from '../../src/lib/planner/options';
import { questionKinds } from '../../src/schemas/plan';
import { wordtrackIntents } from '../../src/schemas/wordtrack';

describe('the question kind a picked wordtrack starts as', () => {
  it.each([
    ['open', 'situation'],
    ['discover', 'problem'],
    ['deepen', 'impact'],
    ['confirm', 'confirm'],
    ['transition', 'confirm'],
    ['concern', 'problem'],
    ['commit', 'outcome'],
    ['referral', 'outcome'],
  ] as const)('%s → %s', (intent, kind) => {
    expect(questionKindFor(intent)).toBe(kind);
  });

  it('is a kind the plan accepts for every intent', () => {
    for (const intent of wordtrackIntents) expect(questionKinds).toContain(questionKindFor(intent));
  });
});

describe('the wordtracks the planner offers', () => {
  const pick = (id: string, phase: 1 | 2 | 3, stages: string[], text = `Question ${id}?`): PickableWordtrack => ({ id, text, phase, intent: 'discover', stages });
  const wordtracks = [
    pick('a', 1, ['greeting']),
    pick('b', 2, ['test-drive'], 'How far is the drive to work?'),
    pick('c', 2, ['greeting']),
    pick('d', 3, ['test-drive']),
    pick('e', 2, ['trade-in'], 'What would you drive instead?'),
    pick('f', 1, ['trade-in']),
  ];
  const plan = (phase: 1 | 2 | 3 | null, stage: string, used: string[] = []) => ({ phase, stage, questions: used.map((id) => ({ text: '', kind: 'problem' as const, wordtrackId: id })) });
  const ids = (offered: PickableWordtrack[]) => offered.map((wordtrack) => wordtrack.id);

  it('puts the plan’s stage first, then its phase, each in the playbook’s order', () => {
    expect(ids(wordtracksToOffer(wordtracks, plan(2, 'test-drive'), ''))).toEqual(['b', 'd', 'c', 'e']);
  });

  it('offers nothing unasked for when neither stage nor phase is set', () => {
    expect(wordtracksToOffer(wordtracks, plan(null, ''), '')).toEqual([]);
  });

  it('narrows by every word typed, in any case, and then searches beyond the stage and phase', () => {
    expect(ids(wordtracksToOffer(wordtracks, plan(1, 'greeting'), 'DRIVE'))).toEqual(['b', 'e']);
    expect(ids(wordtracksToOffer(wordtracks, plan(2, 'trade-in'), '  drive   instead '))).toEqual(['e']);
    expect(ids(wordtracksToOffer(wordtracks, plan(null, ''), 'drive'))).toEqual(['b', 'e']);
  });

  it('leaves out wordtracks already in the plan', () => {
    expect(ids(wordtracksToOffer(wordtracks, plan(2, 'test-drive', ['b', 'c']), ''))).toEqual(['d', 'e']);
  });

  it('offers at most the limit, best first', () => {
    expect(ids(wordtracksToOffer(wordtracks, plan(2, 'test-drive'), '', 2))).toEqual(['b', 'd']);
    const many = Array.from({ length: 12 }, (_, index) => pick(`w${index}`, 2, ['greeting']));
    expect(ids(wordtracksToOffer(many, plan(2, ''), ''))).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7']);
  });
});
