import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPlaybook } from '../../lib/reading/playbook';
import { lookupFileCount, lookupFileOf } from '../../lib/library/lookup';
import { pageOfEach } from '../../lib/library/pages';

/** The lookup table for old `/wordtracks/#<id>` links, cut into files by a hash of the id (src/lib/library/lookup.ts). */
export const getStaticPaths = (async () => {
  const { library, wordtracks } = await loadPlaybook();
  const files = lookupFileCount(wordtracks.length);
  const tables = Array.from({ length: files }, (): Record<string, string> => ({}));
  for (const [id, page] of pageOfEach(library, (wordtrack) => wordtrack.id)) tables[lookupFileOf(id, files)]![id] = page;
  return tables.map((table, file) => ({ params: { file: String(file) }, props: { table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.table);
