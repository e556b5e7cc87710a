import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFragment, type IndexedFragment } from '../../src/lib/search/fragment.ts';

export type IndexedRecord = IndexedFragment;

/** Every record Pagefind wrote: its fragments are gzipped JSON behind a short signature. */
export function indexedRecords(dist: string): IndexedRecord[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => parseFragment(gunzipSync(readFileSync(join(dir, name))).toString('utf8')));
}
