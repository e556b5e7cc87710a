import { useEffect, useRef, useState } from 'preact/hooks';
import { fitSheet, type SheetFit } from '../../lib/planner/sheet-fit';

/** How long after the last edit the sheet is measured again: measuring is a few layouts, not worth every keystroke. */
const SETTLE = 300;

/**
 * Keeps the printed sheet fitted to one page: measured a moment after the plan changes, so the planner can say
 * before printing when a plan is too long, and again just before any print (the print button, Ctrl+P or the
 * browser's menu all fire `beforeprint`), where `beforePrint` also saves what is pending.
 */
export function useSheetFit(plan: unknown, beforePrint: () => void) {
  const box = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<SheetFit | null>(null);
  const measure = () => box.current && setFit(fitSheet(box.current));
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
