import type { PhaseNumber } from '../labels.ts';
import type { CheckResult } from './phase-score.ts';

/** What to do on the call when the plan works in the buyer's phase: keep doing what that phase needs. */
const inStep: Record<PhaseNumber, string[]> = {
  1: [
    'Open by asking what has changed since you last spoke, and let them tell the story.',
    'Ask what the problem costs them and who else feels it before any talk of solutions.',
    'End by agreeing whether the problem is worth solving now, not by proposing a product.',
  ],
  2: [
    'Ask which criteria will decide between the options, and in what order they matter.',
    'Show only what answers those criteria, and ask how each part would work for them.',
    'Agree what proof they need next: a trial, a reference or a working session.',
  ],
  3: [
    'Ask what could go wrong after they sign, and who worries about it most.',
    'Offer evidence on those risks: a reference their size, a rollout plan, terms they can live with.',
    'Agree the steps to a decision and who takes each one.',
  ],
};

/** When the plan runs ahead: hold the later material back and do the buyer's phase first. */
const whenAhead: Record<PhaseNumber, string[]> = {
  1: [
    'Take the demo, pricing and proposal out of this call; keep them for when the buyer asks.',
    'Replace them with questions about causes, cost and who else is affected.',
    'Check your read out loud: “Are we still working out what is wrong, or comparing fixes?”',
  ],
  2: [
    'Hold the contract and the close; the buyer is still choosing between ways to fix it.',
    'Ask how they will compare the options and what would rule one out.',
    'Offer proof of fit before terms: a trial, a visit or a reference call.',
  ],
  3: inStep[3],
};

/** When the plan lags behind: stop re-asking settled questions and help them commit. */
const whenBehind: Record<PhaseNumber, string[]> = {
  1: inStep[1],
  2: [
    'Summarise what you already know about the problem in two sentences and ask if it still holds.',
    'Move on to their criteria and options instead of more discovery questions.',
    'Bring what lets them compare: a focused demonstration or a side-by-side of the options.',
  ],
  3: [
    'Drop the remaining discovery questions; they decided what they need, and asking again stalls them.',
    'Ask what stands between them and a decision, and what would make it feel safe.',
    'Come with the risk answers ready: implementation plan, references, terms and an exit clause.',
  ],
};

/** Three concrete moves for the call, from the verdict and the buyer's likely phase. */
export function movesFor(result: CheckResult): string[] {
  if (!result.buyer || result.verdict === 'not-enough') {
    return [
      'Listen for what the buyer talks about most: the problem, the options, or the risk of deciding.',
      'Ask an open question such as “Where are you in thinking this through?” and let them answer fully.',
      'Ask each person in the buying group separately; they may not all be in the same place.',
    ];
  }
  const table = result.verdict === 'ahead' ? whenAhead : result.verdict === 'behind' ? whenBehind : inStep;
  return table[result.buyer.phase];
}
