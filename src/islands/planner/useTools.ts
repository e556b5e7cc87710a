import { useState } from 'preact/hooks';
import { PLANNER_REFERENCE_URL, type PlannerReference } from '../../lib/planner/page-data';
import type { Tools } from './tools-context';

// Without it the coach and the picker stay quiet; the sheet, import and export still work.
const fetchReference = (): Promise<PlannerReference | null> =>
  fetch(PLANNER_REFERENCE_URL)
    .then((response) => (response.ok ? (response.json() as Promise<PlannerReference>) : null))
    .catch(() => null);

let loading: Promise<Tools> | undefined;

/**
 * The planner's tools (coach, picker, import and export, copy as text) and the coach's reference data, loaded
 * together on the rep's first touch, or as soon as an opened plan has objectives for the coach to read.
 */
export function useTools() {
  const [tools, setTools] = useState<Tools | null>(null);
  const [problem, setProblem] = useState('');
  const load = (): Promise<Tools> =>
    (loading ??= Promise.all([import('./tools'), fetchReference()]).then(
      ([module, reference]) => {
        const loaded = { ...module, reference };
        setTools(loaded);
        setProblem(reference ? '' : 'The coach and the wordtrack picker could not load; reload the page to try again. Your plans are safe.');
        return loaded;
      },
      (error: unknown) => {
        // Let the next touch try again.
        loading = undefined;
        setProblem('Part of the planner could not load (the coach, copying, import and export); check the connection and try again. Your plans are safe.');
        throw error;
      },
    ));
  // A failure is already on screen; the next touch tries again.
  const touch = () => void load().catch(() => undefined);
  return { tools, problem, load, touch };
}
