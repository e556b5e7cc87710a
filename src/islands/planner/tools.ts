// What the planner needs only once the rep starts working: the coach, the wordtrack picker, the sheet,
// and import/export. Loaded on first interaction so the planner's first load stays within its budget.
export { coachObjective } from '../../lib/objective-coach';
export { questionKindFor, wordtracksToOffer } from '../../lib/planner-options';
export { exportPlans, importPlans } from '../../lib/plan-transfer';
export { planToText } from '../../lib/plan-text';
export { default as PlanSheet } from '../../components/PlanSheet';
