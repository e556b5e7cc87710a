import type { APIRoute } from 'astro';
import { loadPlaybook } from '../../lib/reading/playbook';
import { plannerReference } from '../../lib/planner/page-data';

/** The coach's rules, for the planner's tools (src/lib/planner/page-data.ts). */
export const GET: APIRoute = async () => Response.json(plannerReference(await loadPlaybook()));
