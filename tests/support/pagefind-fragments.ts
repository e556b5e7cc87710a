import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What a Pagefind fragment file holds of one page or record (the fields the tests read). */
export interface IndexedRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every record Pagefind wrote: its fragments are gzipped JSON behind a short signature. */
export function indexedRecords(dist: string): IndexedRecord[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as IndexedRecord;
  });
}

/** The words of a fragment that a rep could type: its text and its metadata (titles, stages, synonyms). */
export function fragmentText(fragment: IndexedRecord): string {
  return [fragment.content, ...Object.values(fragment.meta)].join('\n');
}
