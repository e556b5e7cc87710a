// Sharing by link, loaded on first use: the read-only view of a shared plan, replies with coaching notes, and the
// panel that makes a link for the rep's plan.
import '../../styles/share.css';

export { default as SharedPlan } from './SharedPlan';
export { default as SharePanel } from './SharePanel';
export { kitFor } from './share-kit';
