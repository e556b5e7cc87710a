import { createContext } from 'preact';
import type { Tools } from './tools';

/** The lazily loaded planner tools; null until the rep first touches the planner. */
export const ToolsContext = createContext<Tools | null>(null);
