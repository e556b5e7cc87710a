import { useEffect } from 'preact/hooks';
import { isUntouched, newPlan } from '../lib/planner/plan-model';
import type { PlannerFormData } from '../lib/planner/page-data';
import PlanForm from './planner/PlanForm';
import PlannerBar from './planner/PlannerBar';
import PlannerMessages from './planner/PlannerMessages';
import { ToolsContext, type Tools } from './planner/tools-context';
import { makeId, usePlans } from './planner/usePlans';
import { useFitting, useSheetFit } from './planner/useSheetFit';
import { useTools } from './planner/useTools';
import { useSharedLink } from './planner/useSharedLink';
import { LaterPart, useLaterParts } from './later';

// What the server renders and the first paint shows: an empty plan, laid out as the real one will be, so the
// page does not jump when the saved plans arrive. Its bar stays inert until then, and each part of the form and the
// sheet until it is live (later.ts), so nothing typed early is lost; the planner is aria-busy until all are.
const placeholder = newPlan(new Date(0), 'placeholder');
// The server renders the sheet into the page; in the browser its code comes after the page, with its fitting
// (useFitting). Imported here only in the server's build: a static import would put it back in the first load.
const ServerSheet = import.meta.env.SSR ? (await import('../components/PlanSheet')).default : undefined;

/** The call planner: several plans saved in this browser, the form, the coach, and the printable sheet. */
export default function Planner(data: PlannerFormData) {
  const plans = usePlans(data.stages);
  const { tools, problem, load, touch } = useTools();
  const shared = useSharedLink(data, load);
  const plan = plans.plan ?? placeholder;
  const fitting = useFitting();
  // Until the sheet's code has come, and if it cannot, the sheet in the page is the one the server rendered.
  const Sheet = ServerSheet ?? (fitting && fitting.PlanSheet);
  const sheetProblem = fitting === false ? 'The printable sheet could not load, so printing now gives a blank sheet: reload the page to print this plan.' : '';
  // The form's first section, its objectives and questions, the sections after them, then the sheet: each a task
  // after the one before, once the plans and the sheet's fitting have loaded.
  const later = useLaterParts(4, !!plans.plans && fitting !== null);
  const live = later === 4;
  const { box, fit } = useSheetFit(plan, plans.flush, live && fitting, isUntouched(plan));
  const stageTitles = Object.fromEntries(data.stages.map((stage) => [stage.id, stage.title]));
  const trackTitles = Object.fromEntries(data.tracks.map((track) => [track.id, track.title]));
  const { context } = plans;
  // What a button does with the tools; if they cannot load, the planner already says so and the next try loads again.
  const withTools = (run: (loaded: Tools) => unknown) => () => void load().then(run, () => undefined);
  const download = withTools((loaded) => loaded.downloadPlans(plans.plans ?? []));

  // The coach reads saved objectives as soon as they are on screen; damaged data, a refused save and a sheet too long
  // for one page are explained by the tools too: each loads them without waiting for a touch.
  const needsTools = plans.damaged.length > 0 || !!plans.trouble || fit?.fits === false || plan.objectives.some((objective) => objective.trim());
  useEffect(() => {
    if (needsTools && plans.plan) touch();
  }, [needsTools, plans.plan?.id]);

  // A shared plan's view takes the planner's place; usePlans loads and saves nothing while the address holds one.
  if (shared.view) return shared.view;

  return (
    <ToolsContext.Provider value={tools}>
      <div class="planner" aria-busy={!live} onFocusIn={touch} onPointerDown={touch}>
        <PlannerBar
          ready={!!plans.plans}
          plans={plans.plans ?? [placeholder]}
          plan={plan}
          status={plans.plan && context.held.has(plan.id) ? 'Not saved yet: choose below what to keep.' : plans.status}
          onSwitch={plans.switchTo}
          onNew={() => plans.add(newPlan(new Date(), makeId()))}
          onDuplicate={withTools((loaded) => plans.add(loaded.copyOfPlan(plan, makeId(), new Date())))}
          onDelete={withTools((loaded) => loaded.deleteCurrent(context))}
          onShare={shared.start}
          onCopy={withTools((loaded) => loaded.copyText(context, plan, { stages: stageTitles, tracks: trackTitles }))}
          onDownload={download}
          onImport={(file) => withTools((loaded) => loaded.importFile(context, file, makeId))()}
        />
        {shared.panel(plan)}
        <PlannerMessages plans={plans} problem={problem || sheetProblem} fit={fit} stageTitles={stageTitles} onDownload={download} />
        <div class="no-print">
          <PlanForm plan={plan} initial={placeholder} update={plans.update} rendered={later} {...data} />
        </div>
        <LaterPart id="plan-sheet" class="planner__sheet" holder={box} rendered={live && !!Sheet} server={() => (Sheet ? <Sheet plan={placeholder} stageTitles={stageTitles} /> : null)}>
          {Sheet ? <Sheet plan={plan} stageTitles={stageTitles} /> : null}
        </LaterPart>
      </div>
    </ToolsContext.Provider>
  );
}
