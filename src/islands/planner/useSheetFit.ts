import { useEffect, useRef, useState } from 'preact/hooks';
import { fitSheet, type SheetFit } from '../../lib/planner/sheet-fit';

/** How long after the last edit the sheet is measured again: measuring takes a few layouts, not worth every keystroke. */
const SETTLE = 600;

/**
 * Keeps the printed sheet fitted to one page: measured a moment after the plan changes, so the planner can say
 * before printing when a plan is too long, and again before any print (the print button, Ctrl+P and the browser's
 * menu all fire `beforeprint`) if the plan changed since. `beforePrint` saves what is pending first.
 */
export function useSheetFit(plan: object, beforePrint: () => void) {
  const box = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<SheetFit | null>(null);
  const measured = useRef<object | null>(null);
  const current = useRef(plan);
  current.current = plan;
  const measure = () => {
    if (!box.current || measured.current === current.current) return;
    measured.current = current.current;
    setFit(fitSheet(box.current));
  };
  useEffect(() => {
    const timer = setTimeout(measure, SETTLE);
    return () => clearTimeout(timer);
  }, [plan]);
  useEffect(() => {
    const prepare = () => {
      beforePrint();
      measure();
    };
    addEventListener('beforeprint', prepare);
    return () => removeEventListener('beforeprint', prepare);
  }, []);
  return { box, fit };
}
