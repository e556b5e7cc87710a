import { createContext } from 'preact';
import type { PlannerReference } from '../../lib/planner-data';
import type * as ToolsModule from './tools';

/** The planner's tools and the reference data they work on, loaded together on the rep's first touch. */
export type Tools = typeof ToolsModule & PlannerReference;

/** The lazily loaded planner tools; null until the rep first touches the planner. */
export const ToolsContext = createContext<Tools | null>(null);
