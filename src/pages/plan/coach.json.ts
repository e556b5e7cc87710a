import type { APIRoute } from 'astro';
import { loadPlaybook } from '../../lib/playbook';
import { plannerReference } from '../../lib/planner-data';

/** The coach's rules, for the planner's tools (src/lib/planner-data.ts). */
export const GET: APIRoute = async () => Response.json(plannerReference(await loadPlaybook()));
