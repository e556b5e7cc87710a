import type { Plan } from '../../schemas/plan';
import type { DamagedEntry } from '../../lib/planner/plan-store';
import { exportPlans, importPlans } from '../../lib/planner/plan-transfer';
import { addPlans, importSummary } from '../../lib/planner/plan-import';
import { copyToClipboard } from '../../lib/copy';
import { downloadFile } from '../../lib/planner/download';
import { planToText, type PlaybookTitles } from '../../lib/planner/plan-text';
import type { PlannerContext } from './context';

/** "Download JSON": every plan on this page, in the format "Import JSON" reads. */
export const downloadPlans = (plans: Plan[]): void => downloadFile('call-plans.json', exportPlans(plans));

/** Saved entries the planner could not read, exactly as they are, for someone to look into. */
export const downloadDamaged = (damaged: DamagedEntry[]): void => downloadFile('damaged-plans.json', JSON.stringify(damaged, null, 2));

/** "Import JSON": checks the whole file, then adds its plans all or none, never over a saved one, and says what it did. */
export async function importFile(context: PlannerContext, file: File, newId: () => string): Promise<void> {
  const read = importPlans(await file.text(), file.size);
  context.flush();
  const added = read.ok ? addPlans(context.storage.current, read.plans, newId) : read;
  if (!added.ok) return context.say(`Import refused: ${added.reason} Your plans are unchanged.`);
  for (const plan of added.added) context.bases.current.set(plan.id, plan);
  context.setList([...added.added, ...context.list.current]);
  if (added.added[0]) context.open(added.added[0].id);
  context.say(importSummary(added), ...(read.ok ? read.notices : []));
}

/** "Copy as text": the plan as a note for the CRM, with the playbook's names for its track and stage. */
export async function copyText(context: PlannerContext, plan: Plan, titles: PlaybookTitles): Promise<void> {
  const copied = await copyToClipboard(planToText(plan, titles));
  context.say(copied ? 'Copied as text for a CRM note.' : 'The browser refused to copy. Use “Print the sheet” or “Download JSON” instead.');
}
