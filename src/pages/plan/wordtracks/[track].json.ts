import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPlaybook } from '../../../lib/reading/playbook';
import { plannerTrackWordtracks } from '../../../lib/planner/page-data';

/** One track's wordtracks for the planner's picker (src/lib/planner/track-wordtracks.ts). */
export const getStaticPaths = (async () => {
  const byTrack = plannerTrackWordtracks(await loadPlaybook());
  return [...byTrack].map(([track, wordtracks]) => ({ params: { track }, props: { wordtracks } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.wordtracks);
