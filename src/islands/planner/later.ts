import { useEffect, useState } from 'preact/hooks';

/**
 * Hydrating the whole planner in one go is one long task on a slow phone (about 60 ms on this machine, four times
 * that on Lighthouse's phone: the page's Total Blocking Time). So the island hydrates its top, and the parts below it
 * (the rest of the form, the hidden sheet) keep the server's HTML until they are rendered, one a task, once `start`.
 * Returns how many are rendered. The planner stays inert until all are, so nothing in them can be focused or typed
 * into before it is live.
 */
export function useLaterParts(parts: number, start: boolean): number {
  const [rendered, setRendered] = useState(0);
  useEffect(() => {
    if (!start || rendered >= parts) return;
    const timer = setTimeout(() => setRendered(rendered + 1));
    return () => clearTimeout(timer);
  }, [start, rendered]);
  return rendered;
}

/**
 * Props that leave the element `id` as the server rendered it, children and all, until `rendered`: Preact does not
 * touch the inside of an element whose HTML it is given while hydrating. On the server, the children render as usual.
 */
export const keptUntil = (rendered: boolean, id: string) =>
  rendered || typeof document === 'undefined' ? { id } : { id, dangerouslySetInnerHTML: { __html: document.getElementById(id)?.innerHTML ?? '' } };
