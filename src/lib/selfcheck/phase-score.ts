import type { SelfcheckItem } from '../../schemas/selfcheck.ts';
import { phaseLabel, phaseNumbers, type PhaseNumber } from '../labels.ts';

/** What scoring needs of a self-check line, as the `selfcheck` collection holds it. */
export type CheckItem = Pick<SelfcheckItem, 'id' | 'part' | 'phase' | 'weight'>;

/** Where one side stands: per-phase scores, the likely phase, and how sure the reading is. */
export interface Reading {
  scores: Record<PhaseNumber, number>;
  /** The phase with the most weight. */
  phase: PhaseNumber;
  /** Set when two neighbouring phases are too close to call. */
  between?: [PhaseNumber, PhaseNumber];
  /** The winning phase's share of all the weight ticked, 0 to 1. */
  confidence: number;
  /** A point from 1 to 3: the weighted average phase, used to compare the two sides. */
  position: number;
  /** "Phase II", or "between Phase I and Phase II". */
  label: string;
}

export type Verdict = 'aligned' | 'ahead' | 'behind' | 'not-enough';

export interface CheckResult {
  verdict: Verdict;
  buyer?: Reading;
  plan?: Reading;
  /** What the verdict means, in plain words. */
  explanation: string;
}

/** Below this much ticked weight, or this few signals, a reading is a guess, and the check says so. */
export const MIN_BUYER_WEIGHT = 4;
export const MIN_BUYER_SIGNALS = 2;
/** A runner-up with this share of the winner's weight makes the reading "between" the two. */
export const CLOSE = 0.75;
/** How far apart (in phases) the plan and the buyer may sit and still count as in step. */
export const ALIGNED_WITHIN = 0.5;


/** Reads one side's ticked items; undefined when nothing was ticked. */
export function readSide(items: readonly CheckItem[]): Reading | undefined {
  const scores: Record<PhaseNumber, number> = { 1: 0, 2: 0, 3: 0 };
  for (const item of items) scores[item.phase] += item.weight;
  const total = scores[1] + scores[2] + scores[3];
  if (total === 0) return undefined;
  const [first, second] = [...phaseNumbers].sort((a, b) => scores[b] - scores[a] || a - b) as [PhaseNumber, PhaseNumber, PhaseNumber];
  const position = phaseNumbers.reduce((sum, phase) => sum + phase * scores[phase], 0) / total;
  // The winner's score is above 0 (total is), so a runner-up that comes close has weight of its own.
  const close = scores[second] >= CLOSE * scores[first];
  const between = close && Math.abs(first - second) === 1 ? ([Math.min(first, second), Math.max(first, second)] as [PhaseNumber, PhaseNumber]) : undefined;
  return {
    scores,
    phase: first,
    between,
    confidence: scores[first] / total,
    position,
    label: between ? `between ${phaseLabel(between[0])} and ${phaseLabel(between[1])}` : phaseLabel(first),
  };
}

/** Scores the self-check: the buyer's likely phase, the phase the rep's plan works in, and whether they are in step. */
export function scoreCheck(ticked: ReadonlySet<string>, items: readonly CheckItem[]): CheckResult {
  const chosen = items.filter((item) => ticked.has(item.id));
  const buyerItems = chosen.filter((item) => item.part === 'buyer');
  const buyer = readSide(buyerItems);
  const plan = readSide(chosen.filter((item) => item.part === 'seller'));
  const buyerWeight = buyerItems.reduce((sum, item) => sum + item.weight, 0);

  if (!buyer || buyerWeight < MIN_BUYER_WEIGHT || buyerItems.length < MIN_BUYER_SIGNALS) {
    return {
      verdict: 'not-enough',
      buyer,
      plan,
      explanation: 'Not enough to tell yet. Tick at least two things the buyer has said or done; one remark is not a phase.',
    };
  }
  if (!plan) {
    return { verdict: 'not-enough', buyer, explanation: `The buyer looks to be ${buyer.label}. Now tick what you plan to do on this call to see if it fits.` };
  }
  const gap = plan.position - buyer.position;
  if (Math.abs(gap) < ALIGNED_WITHIN) {
    return { verdict: 'aligned', buyer, plan, explanation: `In step: the buyer is ${buyer.label} and your plan works there too.` };
  }
  if (gap > 0) {
    return {
      verdict: 'ahead',
      buyer,
      plan,
      explanation: `Ahead of the buyer: they are ${buyer.label}, but your plan works in ${plan.label}. Move on before they are ready and they will feel sold to.`,
    };
  }
  return {
    verdict: 'behind',
    buyer,
    plan,
    explanation: `Behind the buyer: they are ${buyer.label}, but your plan is still in ${plan.label}. Keep them waiting and the deal stalls.`,
  };
}
