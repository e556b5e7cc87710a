import type { PhaseNumber } from '../labels.ts';

/**
 * The home page draws every stop of every track while the playbook is small enough to take in at a glance; past
 * that, a stop per stage would make the home page grow with the playbook (22 kB gzipped at 1,000 stages), so it
 * shows a compact overview of the first tracks instead, and each track's page lists its stages.
 */
export const DETAILED_MAP_STAGES = 40;
/** Tracks the compact overview shows; the rest are one link away on /tracks/. */
export const OVERVIEW_TRACKS = 24;

export const drawsEveryStop = (stageCount: number) => stageCount <= DETAILED_MAP_STAGES;

/** How many of a track's stages have each typical phase. */
export function stagesByPhase(phases: readonly PhaseNumber[]): Record<PhaseNumber, number> {
  const counts: Record<PhaseNumber, number> = { 1: 0, 2: 0, 3: 0 };
  for (const phase of phases) counts[phase]++;
  return counts;
}
