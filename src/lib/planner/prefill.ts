import { planLimits, type Plan } from '../../schemas/plan.ts';
import { phaseFromText } from '../../schemas/phase-numbers.ts';
import type { StageOption } from './options.ts';

export interface Prefill {
  values: Partial<Pick<Plan, 'phase' | 'phaseSource' | 'phaseEvidence' | 'stage' | 'track'>>;
  /** What was in the address but not used, and why. */
  notices: string[];
}

/**
 * Reads `?phase=1&stage=<id>` (and `from=check` with the buyer signals ticked there as `evidence`): valid values
 * pre-fill the plan, bad ones are ignored with a notice, so a link from the self-check or a stage page starts the
 * plan in the right place.
 */
export function prefillFromQuery(search: string, stages: readonly StageOption[]): Prefill {
  const params = new URLSearchParams(search);
  const prefill: Prefill = { values: {}, notices: [] };
  const phase = params.get('phase');
  if (phase !== null) {
    const asked = phaseFromText(phase);
    if (asked) {
      prefill.values.phase = asked;
      prefill.values.phaseSource = params.get('from') === 'check' ? 'self-check' : 'chosen';
    } else prefill.notices.push(`The link asked for phase “${phase.slice(0, 20)}”, which is not 1, 2 or 3, so the phase was left for you to choose.`);
  }
  const stageId = params.get('stage');
  if (stageId !== null) {
    const stage = stages.find((candidate) => candidate.id === stageId);
    if (stage) Object.assign(prefill.values, { stage: stage.id, track: stage.track });
    else prefill.notices.push(`The link named a stage “${stageId.slice(0, 40)}” that is not in the playbook, so the stage was left for you to choose.`);
  }
  const evidence = params.get('evidence')?.trim();
  if (evidence) prefill.values.phaseEvidence = evidence.slice(0, planLimits.phaseEvidence);
  return prefill;
}
