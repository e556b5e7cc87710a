import { useEffect, useRef, useState } from 'preact/hooks';
import type { SheetFit } from '../../lib/planner/sheet-fit';

type Fitting = typeof import('./sheet-kit');

/** How long after the last edit the sheet is measured again: measuring takes a few layouts, not worth every keystroke. */
const SETTLE = 600;

/**
 * Loads the sheet and its fitting after the page, off the first load's path (sheet-kit.ts): the module once it is
 * there, null until then, false when it could not load.
 */
export function useFitting(): Fitting | null | false {
  const [fitting, setFitting] = useState<Fitting | null | false>(null);
  useEffect(() => void import('./sheet-kit').then(setFitting, () => setFitting(false)), []);
  return fitting;
}

/**
 * Keeps the printed sheet fitted to one page: measured a moment after the plan changes, so the planner can say
 * before printing when a plan is too long, and again before any print (the print button, Ctrl+P and the browser's
 * menu all fire `beforeprint`) if the plan changed since. `beforePrint` saves what is pending first.
 *
 * `fitting` (useFitting) is passed only once the sheet in the box shows `plan`: a sheet still in the server's HTML
 * (islands/later.ts) is the blank placeholder, and its fit would be taken for the plan's. A measurement runs a layout
 * per task, so that an edit never blocks the page for long; before printing it runs through at once. A `blank` sheet
 * fits by design: it is measured only before printing, which spares a first visit to the planner a score of layouts.
 */
export function useSheetFit(plan: object, beforePrint: () => void, fitting: Fitting | null | false, blank = false) {
  const box = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<SheetFit | null>(null);
  const kit = useRef<Fitting | null>(null);
  kit.current = fitting || null;
  const measured = useRef<object | null>(null);
  const running = useRef<{ plan: object; steps: Generator<void, SheetFit>; timer: number } | null>(null);
  const current = useRef(plan);
  current.current = plan;

  const stop = () => {
    if (!running.current) return;
    clearTimeout(running.current.timer);
    running.current.steps.return(undefined as never);
    running.current = null;
  };
  const measure = (now: boolean) => {
    const plan = current.current;
    if (!kit.current || !box.current || measured.current === plan || (!now && running.current?.plan === plan)) return;
    stop();
    const steps = kit.current.fitSheet(box.current);
    const done = (result: SheetFit) => {
      running.current = null;
      measured.current = plan;
      setFit(result);
    };
    if (now) return done(kit.current.settle(steps));
    const run = { plan, steps, timer: 0 };
    const resume = () => {
      const step = steps.next();
      if (step.done) done(step.value);
      else run.timer = window.setTimeout(resume);
    };
    running.current = run;
    resume();
  };

  useEffect(() => {
    const prepare = () => {
      beforePrint();
      measure(true);
    };
    addEventListener('beforeprint', prepare);
    return () => {
      removeEventListener('beforeprint', prepare);
      stop();
    };
  }, []);
  useEffect(() => {
    if (!fitting) return;
    // A fit measured before the plan was emptied says nothing of the blank sheet.
    if (blank) return setFit(null);
    const timer = setTimeout(() => measure(false), SETTLE);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [plan, fitting, blank]);
  return { box, fit };
}
