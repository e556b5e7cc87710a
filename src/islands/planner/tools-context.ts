import { createContext } from 'preact';
import type { PlannerReference } from '../../lib/planner/page-data';
import type * as ToolsModule from './tools';

/**
 * The planner's tools and the reference data they work on, loaded together on the rep's first touch. The reference
 * is null when it could not be fetched: the coach and the picker then stay quiet.
 */
export type Tools = typeof ToolsModule & { reference: PlannerReference | null };

/** The lazily loaded planner tools; null until the rep first touches the planner. */
export const ToolsContext = createContext<Tools | null>(null);
