// What a tab needs when another tab saves or deletes a plan it holds: the merge, what to do about it, and the
// questions it may raise. Loaded on the first such event, so a planner open in one tab never pays for it.
export { reconcile } from '../../lib/planner/plan-sync';
export { applySync, keepCopies } from './sync-actions';
export { default as SyncNotices } from './SyncNotices';
