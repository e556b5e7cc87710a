// What printing needs, loaded after the page (useFitting): the sheet, and its fit to one page. The server renders the
// sheet into the page's HTML from the first paint; the planner takes it over once this has arrived.
export { default as PlanSheet } from '../../components/PlanSheet';
export { fitSheet, settle } from '../../lib/planner/sheet-fit';
