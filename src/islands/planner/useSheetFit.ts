import { useEffect, useRef, useState } from 'preact/hooks';
import type { SheetFit } from '../../lib/planner/sheet-fit';

type Fitting = typeof import('../../lib/planner/sheet-fit');

/** How long after the last edit the sheet is measured again: measuring takes a few layouts, not worth every keystroke. */
const SETTLE = 600;

/**
 * Keeps the printed sheet fitted to one page: measured a moment after the plan changes, so the planner can say
 * before printing when a plan is too long, and again before any print (the print button, Ctrl+P and the browser's
 * menu all fire `beforeprint`) if the plan changed since. `beforePrint` saves what is pending first.
 *
 * The fitting code loads after the page, and a measurement runs a layout or two per task, so that neither the first
 * load nor an edit blocks the page for long; before printing it runs through at once. `ready` says the code has
 * loaded (or failed to, when the sheet prints at the size of its CSS): the planner waits for it before it goes live.
 */
export function useSheetFit(plan: object, beforePrint: () => void) {
  const box = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<SheetFit | null>(null);
  const [ready, setReady] = useState(false);
  const fitting = useRef<Fitting | null>(null);
  const loading = useRef<Promise<unknown>>(null!);
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
    if (!fitting.current || !box.current || measured.current === plan || (!now && running.current?.plan === plan)) return;
    stop();
    const steps = fitting.current.fitSheet(box.current);
    const done = (result: SheetFit) => {
      running.current = null;
      measured.current = plan;
      setFit(result);
    };
    if (now) return done(fitting.current.settle(steps));
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
    loading.current = import('../../lib/planner/sheet-fit')
      .then((loaded) => void (fitting.current = loaded), () => undefined)
      .then(() => setReady(true));
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
    const timer = setTimeout(() => void loading.current.then(() => measure(false)), SETTLE);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [plan]);
  return { box, fit, ready };
}
