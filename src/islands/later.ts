import { h, hydrate, render, type ComponentChildren, type RefObject, type VNode } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * Hydrating a whole island in one go is one long task on a slow phone: the planner took about 60 ms on this
 * machine, four times that on Lighthouse's phone, most of the page's Total Blocking Time. So an island hydrates its
 * top, and the parts below it keep the server's HTML until they are rendered, one a task, once `start`. Returns how
 * many are rendered. An island keeps what a reader does in a part before then: each of the planner's parts is inert
 * until it is live (LaterPart), and the self-check reads the boxes ticked before it hydrated.
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
 * touch the inside of an element given `dangerouslySetInnerHTML` while hydrating, nor on a render that gives it the
 * same HTML again. On the server, the children render as usual. Once `rendered`, Preact builds the children anew.
 * The self-check's groups of boxes use it: they stay live HTML until then, and a box ticked in them counts (its
 * island hears every change on its root). The planner's parts, whose fields must not take typing before Preact owns
 * them, use LaterPart.
 */
export const keptUntil = (rendered: boolean, id: string) => (rendered || typeof document === 'undefined' ? { id } : { id, dangerouslySetInnerHTML: kept });
const kept = { __html: '' };

/** Hands the island's contexts to a part rendered as a root of its own, as Preact's portals do. */
function Contexts(this: { getChildContext?: () => object }, props: { context: object; children?: ComponentChildren }) {
  this.getChildContext = () => props.context;
  return props.children;
}

interface PartProps {
  id: string;
  class: string;
  rendered: boolean;
  /** The part as the server rendered it: hydrated once, so that its elements are kept rather than built again. */
  server: () => VNode | null;
  children: VNode | null;
  /** The part's element, for an island that measures it. */
  holder?: RefObject<HTMLDivElement>;
}

/**
 * A part of an island (an element `id` of class `class`) that keeps the server's HTML until `rendered`, then
 * hydrates it as a Preact root of its own and renders it from then on. Building a part's elements anew, as
 * `keptUntil` does, cost a long task of style, layout and paint per part on Lighthouse's phone; hydrating keeps the
 * elements. It hydrates `server`, what the server rendered, because hydration sets no attribute or value, and then
 * renders `children`, the part as it is now, which changes only what differs.
 */
export function LaterPart({ id, class: className, rendered, server, children, holder }: PartProps, context: object) {
  const own = useRef<HTMLDivElement>(null);
  const element = holder ?? own;
  const root = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    if (!rendered || !element.current) return;
    if (!root.current) hydrate(h(Contexts, { context }, server()), (root.current = element.current));
    render(h(Contexts, { context }, children), root.current);
  });
  useLayoutEffect(() => () => void (root.current && render(null, root.current)), []);
  // Inert until rendered, so that nothing is typed into HTML that Preact has not taken over yet; each part is let go
  // in its own task, as the style of every element in a part is worked out again when it stops being inert.
  return h('div', { id, class: className, ref: element, inert: !rendered, ...(typeof document === 'undefined' ? { children } : { dangerouslySetInnerHTML: kept }) });
}
