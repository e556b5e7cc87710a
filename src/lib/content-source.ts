import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
// js-yaml, not the yaml package: Astro's own loaders use it, and it parses a large playbook ten times faster.
import { load as parse } from 'js-yaml';
import type { ContentIssue } from './content-issues.ts';

/** The collections of the playbook, as named in `src/content.config.ts`. */
export type CollectionName =
  | 'tracks'
  | 'stages'
  | 'phases'
  | 'foundations'
  | 'plays'
  | 'wordtracks'
  | 'glossary'
  | 'selfcheck'
  | 'coach'
  | 'synonyms';

/** One entry as written, before any schema has looked at it. */
export interface RawEntry {
  collection: CollectionName;
  /** Path relative to the project. */
  file: string;
  /** The id the entry will have: the file name for MDX, the `id` field for list entries (or `#n` when it has none). */
  id: string;
  data: unknown;
  /** The MDX body, for entries written as MDX. */
  body?: string;
}

/** A wordtrack file's own fields (owner, reviewed), checked apart from its entries. */
export interface RawWordtrackFile {
  file: string;
  stage: string;
  data: unknown;
}

export interface PlaybookSource {
  entries: RawEntry[];
  wordtrackFiles: RawWordtrackFile[];
  /** Files that could not be read as YAML or MDX at all. */
  issues: ContentIssue[];
}

function filesUnder(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Splits MDX into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}

function idOf(item: unknown, index: number): string {
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? id : `#${index + 1}`;
}

/** The base name of a file without its extension: the id of an MDX entry and the stage of a wordtrack file. */
export function entryIdFromPath(path: string): string {
  return basename(path).replace(/\.[^.]+$/, '');
}

/**
 * Turns a wordtrack file into site entries: the file's stage comes first in each entry's `stages`,
 * and the file's owner and review date apply to every entry.
 */
export function flattenWordtrackFile(stage: string, document: unknown): Record<string, unknown>[] {
  if (!document || typeof document !== 'object') return [];
  const { owner, reviewed, wordtracks } = document as { owner?: unknown; reviewed?: unknown; wordtracks?: unknown };
  if (!Array.isArray(wordtracks)) return [];
  return wordtracks.map((item) => {
    const entry = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const extra = Array.isArray(entry.stages) ? entry.stages : [];
    return { ...entry, stages: [stage, ...extra.filter((id) => id !== stage)], owner, reviewed };
  });
}

/** Reads every content file under `contentDir`; nothing is validated here except that files parse. */
export function readPlaybook(contentDir: string, projectRoot = process.cwd()): PlaybookSource {
  const source: PlaybookSource = { entries: [], wordtrackFiles: [], issues: [] };
  const rel = (path: string) => relative(projectRoot, path).replaceAll('\\', '/');

  const parseYaml = (path: string, text: string): unknown => {
    try {
      // An empty file is a document with no value (null), which the checks report; undefined means it did not parse.
      return parse(text) ?? null;
    } catch (error) {
      source.issues.push({ file: rel(path), detail: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      return undefined;
    }
  };

  const readMdx = (collection: CollectionName, dir: string) => {
    for (const path of filesUnder(join(contentDir, dir), '.mdx')) {
      const parts = splitFrontmatter(readFileSync(path, 'utf8'));
      if (!parts) {
        source.issues.push({ file: rel(path), detail: 'has no frontmatter; expected a block between --- lines at the top' });
        continue;
      }
      const data = parseYaml(path, parts.frontmatter);
      if (data === undefined) continue;
      source.entries.push({ collection, file: rel(path), id: entryIdFromPath(path), data, body: parts.body });
    }
  };

  const readList = (collection: CollectionName, name: string) => {
    const path = join(contentDir, name);
    if (!existsSync(path)) return;
    const data = parseYaml(path, readFileSync(path, 'utf8'));
    if (data === undefined) return;
    if (!Array.isArray(data)) {
      source.issues.push({ file: rel(path), detail: 'is not a list; expected a YAML list of entries, each starting with "- id:"' });
      return;
    }
    data.forEach((item, index) => source.entries.push({ collection, file: rel(path), id: idOf(item, index), data: item }));
  };

  readList('tracks', 'tracks.yaml');
  readMdx('stages', 'stages');
  readMdx('phases', 'phases');
  readMdx('foundations', 'foundations');
  readMdx('plays', 'plays');
  readList('glossary', 'glossary.yaml');
  readList('selfcheck', 'selfcheck.yaml');
  readList('coach', 'coach.yaml');
  readList('synonyms', 'synonyms.yaml');

  for (const path of filesUnder(join(contentDir, 'wordtracks'), '.yaml')) {
    const data = parseYaml(path, readFileSync(path, 'utf8'));
    if (data === undefined) continue;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      source.issues.push({ file: rel(path), detail: 'is not a wordtrack file; expected owner, reviewed and a list under "wordtracks:"' });
      continue;
    }
    const stage = entryIdFromPath(path);
    source.wordtrackFiles.push({ file: rel(path), stage, data });
    const raw = data && typeof data === 'object' ? (data as { wordtracks?: unknown }).wordtracks : undefined;
    if (!Array.isArray(raw)) continue;
    raw.forEach((item, index) =>
      source.entries.push({ collection: 'wordtracks', file: rel(path), id: idOf(item, index), data: item }),
    );
  }
  return source;
}
