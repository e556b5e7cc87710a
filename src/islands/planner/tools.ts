// What the planner needs only once the rep starts working: the coach, the wordtrack picker, delete and undo, import
// and export, duplicating a plan, and the text for a CRM note. Loaded on first interaction (or when a saved plan has objectives for the
// coach to read), so the planner's first load stays within its budget.
export { default as Coach } from './Coach';
export { default as Picker } from './Picker';
export { default as UndoBar, deleteCurrent } from './UndoBar';
export { copyText, downloadPlans, importFile } from './transfer-actions';
export { copyOfPlan } from '../../lib/planner/plan-copy';
export { DamagedNotice, StorageNotice, TooLongNotice } from './ProblemNotices';
