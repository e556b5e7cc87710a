import type { Plan, Question } from '../../schemas/plan.ts';
import type { WordtrackIntent } from '../../schemas/wordtrack.ts';
import type { PhaseNumber } from '../labels.ts';

/** What the planner needs to know about a wordtrack to offer it as a question. */
export interface PickableWordtrack {
  id: string;
  text: string;
  phase: PhaseNumber;
  intent: WordtrackIntent;
  stages: string[];
}

export interface StageOption {
  id: string;
  title: string;
  track: string;
}

/** The question kind a wordtrack most likely is, from its intent; the rep can change it. */
export function questionKindFor(intent: WordtrackIntent): Question['kind'] {
  switch (intent) {
    case 'open':
      return 'situation';
    case 'deepen':
      return 'impact';
    case 'confirm':
    case 'transition':
      return 'confirm';
    case 'commit':
    case 'referral':
      return 'outcome';
    default:
      return 'problem';
  }
}

/**
 * The wordtracks worth offering for this plan: its phase and stage first, narrowed by the words typed,
 * with wordtracks already in the plan left out.
 */
export function wordtracksToOffer(
  wordtracks: readonly PickableWordtrack[],
  plan: Pick<Plan, 'phase' | 'stage' | 'questions'>,
  query: string,
  limit = 8,
): PickableWordtrack[] {
  const used = new Set(plan.questions.map((question) => question.wordtrackId));
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const score = (wordtrack: PickableWordtrack) => (plan.stage && wordtrack.stages.includes(plan.stage) ? 2 : 0) + (plan.phase === wordtrack.phase ? 1 : 0);
  return wordtracks
    .filter((wordtrack) => !used.has(wordtrack.id))
    .filter((wordtrack) => words.every((word) => wordtrack.text.toLowerCase().includes(word)))
    .filter((wordtrack) => words.length > 0 || score(wordtrack) > 0)
    .map((wordtrack, index) => ({ wordtrack, index, score: score(wordtrack) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ wordtrack }) => wordtrack);
}
