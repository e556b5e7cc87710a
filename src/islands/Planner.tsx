import { useEffect, useRef, useState } from 'preact/hooks';
import type { Plan } from '../schemas/plan';
import { newPlan, planTitle } from '../lib/plan-model';
import { loadPlans, removePlan, restorePlan, savePlan, type DamagedEntry } from '../lib/plan-store';
import { prefillFromQuery } from '../lib/planner-prefill';
import { PLANNER_REFERENCE_URL, type PlannerFormData, type PlannerReference } from '../lib/planner-data';
import PlanForm from './planner/PlanForm';
import { ToolsContext, type Tools } from './planner/tools-context';
import { useSharedLink } from './planner/useSharedLink';
import { isShareLink } from '../lib/planner/share-fragment';

const SAVE_DELAY = 400;
const UNDO_FOR = 10_000;

interface Undo {
  plan: Plan;
  raw: string;
}

const makeId = () => crypto.randomUUID();
// What the server renders and the first paint shows: an empty plan, laid out as the real one will be, so the
// page does not jump when the saved plans arrive. It stays inert until then, so nothing typed early is lost.
const placeholder = newPlan(new Date(0), 'placeholder');
const isBlank = (plan: Plan) => !plan.account && !plan.objectives.some(Boolean) && !plan.questions.length && !plan.name;

function download(name: string, text: string): void {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: name });
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The call planner: several plans saved in this browser, the form, the coach, and the printable sheet. */
export default function Planner(data: PlannerFormData) {
  const [loadedPlans, setPlans] = useState<Plan[] | null>(null);
  const [currentId, setCurrentId] = useState('');
  const [notices, setNotices] = useState<string[]>([]);
  const [damaged, setDamaged] = useState<DamagedEntry[]>([]);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [undo, setUndo] = useState<Undo | null>(null);
  const [tools, setTools] = useState<Tools | null>(null);
  const [printWanted, setPrintWanted] = useState(false);
  const [loadProblem, setLoadProblem] = useState('');
  const pending = useRef<Plan | null>(null);
  const timer = useRef(0);
  const toolsLoad = useRef<Promise<Tools> | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);

  // Without it the coach and the picker stay quiet; the sheet, import and export still work.
  const fetchReference = (): Promise<PlannerReference | null> =>
    fetch(PLANNER_REFERENCE_URL)
      .then((response) => (response.ok ? (response.json() as Promise<PlannerReference>) : null))
      .catch(() => null);
  // The coach, picker, sheet and import/export arrive on the rep's first touch of the planner.
  const loadTools = () =>
    (toolsLoad.current ??= Promise.all([import('./planner/tools'), fetchReference()]).then(
      ([module, reference]) => {
        const loaded = { ...module, reference };
        setTools(loaded);
        setLoadProblem(reference ? '' : 'The coach and the wordtrack picker could not load; reload the page to try again. Your plans are safe.');
        return loaded;
      },
      (error: unknown) => {
        // Let the next touch try again, and do not leave a print request waiting for tools that will not come.
        toolsLoad.current = undefined;
        setPrintWanted(false);
        setLoadProblem('Part of the planner could not load (printing, copying, import and export); check the connection and try again. Your plans are safe.');
        throw error;
      },
    ));
  // A failure is already on screen (loadProblem); the next touch tries again.
  const touch = () => void loadTools().catch(() => undefined);
  const shared = useSharedLink(data, loadTools);
  const requestPrint = () => {
    touch();
    setPrintWanted(true);
  };
  const persist = (plan: Plan) => {
    const result = savePlan(localStorage, plan);
    if (result.ok) {
      setProblem('');
      setStatus(`Saved at ${new Date(result.savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`);
    } else setProblem(result.message);
  };
  const flush = () => {
    clearTimeout(timer.current);
    if (pending.current) persist(pending.current);
    pending.current = null;
  };

  useEffect(() => {
    // A shared plan's view takes the planner's place, and nothing is saved unless its reader asks.
    if (isShareLink(location.hash)) return;
    const loaded = loadPlans(localStorage);
    const prefill = prefillFromQuery(location.search, data.stages);
    const found = [...prefill.notices];
    if (loaded.migrated.length) found.push(`${loaded.migrated.length} saved plan(s) came from an older planner and were opened in the new format.`);
    let list = loaded.plans;
    if (Object.keys(prefill.values).length || list.length === 0) {
      const reuse = list[0] && isBlank(list[0]) ? list[0] : newPlan(new Date(), makeId());
      const plan = { ...reuse, ...prefill.values };
      list = [plan, ...list.filter((item) => item.id !== plan.id)];
      persist(plan);
      if (location.search) history.replaceState(null, '', location.pathname);
    }
    setPlans(list);
    setCurrentId(list[0]!.id);
    setDamaged(loaded.damaged);
    setNotices(found);
    // Ctrl/⌘+P waits for the sheet, so the browser's own print gives the call-plan sheet too.
    const printKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        requestPrint();
      }
    };
    addEventListener('pagehide', flush);
    addEventListener('keydown', printKey);
    return () => {
      removeEventListener('pagehide', flush);
      removeEventListener('keydown', printKey);
    };
  }, []);

  useEffect(() => {
    if (!printWanted || !tools) return;
    setPrintWanted(false);
    flush();
    print();
  }, [printWanted, tools]);

  const plans = loadedPlans ?? [placeholder];
  const plan = plans.find((item) => item.id === currentId) ?? plans[0]!;

  const update = (change: Partial<Plan>) => {
    const next = { ...plan, ...change, updatedAt: new Date().toISOString() };
    setPlans((list) => list!.map((item) => (item.id === next.id ? next : item)));
    pending.current = next;
    setStatus('Saving…');
    clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, SAVE_DELAY);
  };
  const switchTo = (id: string) => {
    flush();
    setCurrentId(id);
  };
  const add = (created: Plan) => {
    flush();
    persist(created);
    setPlans((list) => [created, ...list!]);
    setCurrentId(created.id);
  };
  const remove = () => {
    flush();
    const raw = removePlan(localStorage, plan.id) ?? JSON.stringify(plan);
    let rest = plans.filter((item) => item.id !== plan.id);
    if (!rest.length) {
      rest = [newPlan(new Date(), makeId())];
      persist(rest[0]!);
    }
    setPlans(rest);
    setCurrentId(rest[0]!.id);
    setUndo({ plan, raw });
    setTimeout(() => setUndo((current) => (current?.plan.id === plan.id ? null : current)), UNDO_FOR);
  };
  const undoRemove = () => {
    if (!undo) return;
    const result = restorePlan(localStorage, undo.plan.id, undo.raw);
    if (!result.ok) setProblem(result.message);
    setPlans((list) => [undo.plan, ...list!]);
    setCurrentId(undo.plan.id);
    setUndo(null);
  };
  const importFile = async (file: File) => {
    const { importPlans } = await loadTools();
    const result = importPlans(await file.text(), file.size, new Set(plans.map((item) => item.id)), makeId);
    if (!result.ok) {
      setNotices([`Import refused: ${result.reason} Your plans are unchanged.`]);
      return;
    }
    flush();
    result.plans.forEach(persist);
    setPlans((list) => [...result.plans, ...list!]);
    setCurrentId(result.plans[0]!.id);
    setNotices([`Imported ${result.plans.length} plan(s).`, ...result.notices]);
  };
  const copyText = async () => {
    const { planToText } = await loadTools();
    try {
      await navigator.clipboard.writeText(planToText(plan));
      setStatus('Copied as text for a CRM note');
    } catch {
      setProblem('The browser refused to copy. Print the sheet or download the plan instead.');
    }
  };
  const Sheet = tools?.PlanSheet;
  if (shared.view) return shared.view;

  return (
    <ToolsContext.Provider value={tools}>
      <div class="planner" inert={!loadedPlans} aria-busy={!loadedPlans} onFocusIn={touch} onPointerDown={touch}>
        <div class="planner__bar no-print">
          <div class="field planner__switch">
            <label for="plan-switch">Your plans</label>
            <select id="plan-switch" value={plan.id} onChange={(event) => switchTo(event.currentTarget.value)}>
              {plans.map((item) => <option value={item.id}>{planTitle(item)}</option>)}
            </select>
          </div>
          <div class="planner__actions">
            <button type="button" class="button" onClick={() => add(newPlan(new Date(), makeId()))}>New plan</button>
            <button type="button" class="button" onClick={() => add({ ...plan, id: makeId(), name: `Copy of ${planTitle(plan)}`.slice(0, 120), updatedAt: new Date().toISOString() })}>Duplicate</button>
            <button type="button" class="button" onClick={remove}>Delete</button>
            <button type="button" class="button button--primary" onClick={requestPrint}>Print the sheet</button>
            <button type="button" id="plan-share" class="button" onClick={shared.start}>Share for review</button>
            <button type="button" class="button" onClick={copyText}>Copy as text</button>
            <button type="button" class="button" onClick={async () => download('call-plans.json', (await loadTools()).exportPlans(plans))}>Download all plans (JSON)</button>
            <button type="button" class="button" onClick={() => fileInput.current?.click()}>Import JSON</button>
            <input ref={fileInput} type="file" accept="application/json,.json" hidden aria-label="Import plans from a JSON file" onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
            }} />
          </div>
          <p class="planner__status" role="status">{status}</p>
          {shared.panel(plan)}
        </div>

        <div class="planner__messages no-print" aria-live="polite">
          {problem && <p class="notice notice--problem">{problem}</p>}
          {loadProblem && <p class="notice notice--problem">{loadProblem}</p>}
          {undo && (
            <p class="notice">
              Deleted “{planTitle(undo.plan)}”. <button type="button" class="button button--small" onClick={undoRemove}>Undo</button>
            </p>
          )}
          {notices.map((notice) => <p class="notice">{notice}</p>)}
          {damaged.length > 0 && (
            <div class="notice notice--problem">
              <p>{damaged.length} saved plan(s) could not be opened. They are kept as they were in this browser; nothing was overwritten.</p>
              <ul>{damaged.map((entry) => <li>{entry.key}: {entry.reason}</li>)}</ul>
              <button type="button" class="button button--small" onClick={() => download('damaged-plans.json', JSON.stringify(damaged, null, 2))}>Download the damaged data</button>
            </div>
          )}
        </div>

        <div class="no-print">
          <PlanForm plan={plan} update={update} {...data} />
        </div>
        <div class="planner__sheet">{Sheet && <Sheet plan={plan} stageTitles={Object.fromEntries(data.stages.map((stage) => [stage.id, stage.title]))} />}</div>
      </div>
    </ToolsContext.Provider>
  );
}
