import { useEffect, useState } from 'preact/hooks';

/**
 * Hydrating a whole island in one go is one long task on a slow phone: the planner took about 60 ms on this
 * machine, four times that on Lighthouse's phone, most of the page's Total Blocking Time. So an island hydrates its
 * top, and the parts below it keep the server's HTML until they are rendered, one a task, once `start`. Returns how
 * many are rendered. An island keeps what a reader does in a part before then: the planner is inert until all its
 * parts are live, and the self-check reads the boxes ticked before it hydrated.
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
