/**
 * The precache list travels beside the service worker, in scripts it imports, not inside it. At 1,000 stages the
 * list has 10,000 entries (61 kB gzipped): inside sw.js, every check for a new deploy would fetch it again. Beside it,
 * in files named by their content, a browser fetches each once, and sw.js stays the size of its code.
 */

/** A precache entry as Workbox takes it: a bare URL when the name carries the content's hash, else URL and revision. */
export type CompactEntry = string | { url: string; revision: string };

/** Entries per script: each stays near 15 kB gzipped, well within what a phone fetches without noticing. */
export const ENTRIES_PER_SCRIPT = 2500;

/** The global each manifest script appends its part of the list to; the service worker reads it after importing. */
export const PRECACHE_PARTS_GLOBAL = 'attunePrecacheParts';

export function compactEntry({ url, revision }: { url: string; revision: string | null }): CompactEntry {
  return revision === null ? url : { url, revision };
}

/** The text of each manifest script, in order: together they hold `entries`, at most `perScript` each. */
export function manifestScripts(entries: readonly { url: string; revision: string | null }[], perScript = ENTRIES_PER_SCRIPT): string[] {
  const scripts: string[] = [];
  for (let start = 0; start === 0 || start < entries.length; start += perScript) {
    const part = entries.slice(start, start + perScript).map(compactEntry);
    scripts.push(`(self.${PRECACHE_PARTS_GLOBAL}=self.${PRECACHE_PARTS_GLOBAL}||[]).push(${JSON.stringify(part)});\n`);
  }
  return scripts;
}
