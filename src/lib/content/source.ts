import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { collectionNames, collectionSpec, type CollectionName } from '../../schemas/collections.ts';
import type { ContentIssue } from './issues.ts';
import { readContentText } from './read-text.ts';
import { parseContentYaml } from './yaml.ts';

export type { CollectionName };

/** One entry as written, before any schema has looked at it. */
export interface RawEntry {
  collection: CollectionName;
  /** Path relative to the project. */
  file: string;
  /** The id the entry will have: the file name for MDX and one-entry YAML files, the `id` field for list entries (or `#n`). */
  id: string;
  data: unknown;
  /** The MDX body, for entries written as MDX. */
  body?: string;
  /** The file line the MDX body starts on. */
  bodyLine?: number;
  /** Where the entry is written, so that a message can name its line. */
  origin?: EntryOrigin;
}

/** An entry's place in its file: the YAML text, the entry's path in it, and the file line the YAML starts on. */
export interface EntryOrigin {
  yaml: string;
  path: (string | number)[];
  firstLine: number;
}

/** A wordtrack file's own fields (owner, reviewed), checked apart from its entries. */
export interface RawWordtrackFile {
  file: string;
  stage: string;
  data: unknown;
  origin?: EntryOrigin;
}

export interface PlaybookSource {
  entries: RawEntry[];
  wordtrackFiles: RawWordtrackFile[];
  /** Files that could not be read as YAML or MDX at all. */
  issues: ContentIssue[];
  /** The content folder, relative to the project. */
  dir?: string;
  /** Collections with a file that could not be read: what it held is unknown, so links into them are not judged. */
  unreadable?: CollectionName[];
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

/** A list's entries, each given its place in the file as `position`: Astro's data store sorts every collection by id. */
export function inFileOrder(items: unknown[]): unknown[] {
  return items.map((item, position) => (item && typeof item === 'object' ? { ...item, position } : item));
}

/**
 * Turns a wordtrack file into site entries: the file's stage comes first in each entry's `stages`,
 * the file's owner and review date apply to every entry, and `position` keeps the author's order.
 */
export function flattenWordtrackFile(stage: string, document: unknown): Record<string, unknown>[] {
  if (!document || typeof document !== 'object') return [];
  const { owner, reviewed, wordtracks } = document as { owner?: unknown; reviewed?: unknown; wordtracks?: unknown };
  if (!Array.isArray(wordtracks)) return [];
  return wordtracks.map((item, position) => {
    const entry = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const extra = Array.isArray(entry.stages) ? entry.stages : [];
    return { ...entry, stages: [stage, ...extra.filter((id) => id !== stage)], owner, reviewed, position };
  });
}

/** Reads every content file under `contentDir`; nothing is validated here except that files parse. */
export function readPlaybook(contentDir: string, projectRoot = process.cwd()): PlaybookSource {
  const rel = (path: string) => relative(projectRoot, path).replaceAll('\\', '/');
  const source: PlaybookSource = { entries: [], wordtrackFiles: [], issues: [], dir: rel(contentDir) || '.' };
  const unreadable = new Set<CollectionName>();
  const refuse = (collection: CollectionName, issue: ContentIssue) => {
    unreadable.add(collection);
    source.issues.push(issue);
  };

  const readText = (collection: CollectionName, path: string): string | undefined => {
    const result = readContentText(path);
    if ('text' in result) return result.text;
    refuse(collection, { file: rel(path), line: result.badLine, detail: 'is not saved as UTF-8: this line has a character in another encoding (such as Windows-1252); expected UTF-8, so save the file again as UTF-8' });
    return undefined;
  };

  // An empty file is a document with no value (null), which the checks report; undefined means it did not parse.
  const parseYaml = (collection: CollectionName, path: string, text: string, firstLine = 1): unknown => {
    const result = parseContentYaml(text, firstLine);
    if ('value' in result) return result.value;
    refuse(collection, { file: rel(path), ...result.error });
    return undefined;
  };

  const readMdx = (collection: CollectionName, dir: string) => {
    for (const path of filesUnder(join(contentDir, dir), '.mdx')) {
      const text = readText(collection, path);
      if (text === undefined) continue;
      const parts = splitFrontmatter(text);
      if (!parts) {
        refuse(collection, { file: rel(path), line: 1, detail: `${text.trim() ? 'has no frontmatter' : 'is empty'}; expected a block between --- lines at the top` });
        continue;
      }
      const data = parseYaml(collection, path, parts.frontmatter, 2);
      if (data === undefined) continue;
      const origin = { yaml: parts.frontmatter, path: [], firstLine: 2 };
      const bodyLine = parts.frontmatter.split('\n').length + 3;
      source.entries.push({ collection, file: rel(path), id: entryIdFromPath(path), data, body: parts.body, bodyLine, origin });
    }
  };

  const readList = (collection: CollectionName, name: string) => {
    const path = join(contentDir, name);
    if (!existsSync(path)) return;
    const text = readText(collection, path);
    const data = text === undefined ? undefined : parseYaml(collection, path, text);
    if (data === undefined) return;
    if (!Array.isArray(data)) {
      const detail = `is ${data === null ? 'empty' : 'not a list'}; expected a YAML list of entries, each starting with "- id:"`;
      refuse(collection, { file: rel(path), detail });
      return;
    }
    data.forEach((item, index) =>
      source.entries.push({ collection, file: rel(path), id: idOf(item, index), data: item, origin: { yaml: text!, path: [index], firstLine: 1 } }),
    );
  };

  // One YAML file per entry, named by its id, as MDX entries are.
  const readYamlFiles = (collection: CollectionName, dir: string) => {
    for (const path of filesUnder(join(contentDir, dir), '.yaml')) {
      const text = readText(collection, path);
      const data = text === undefined ? undefined : parseYaml(collection, path, text);
      if (data !== undefined) source.entries.push({ collection, file: rel(path), id: entryIdFromPath(path), data, origin: { yaml: text!, path: [], firstLine: 1 } });
    }
  };

  const readWordtracks = (dir: string) => {
    for (const path of filesUnder(join(contentDir, dir), '.yaml')) {
      const text = readText('wordtracks', path);
      const data = text === undefined ? undefined : parseYaml('wordtracks', path, text);
      if (data === undefined) continue;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        const detail = `is ${data === null ? 'empty' : 'not a wordtrack file'}; expected owner, reviewed and a list under "wordtracks:"`;
        refuse('wordtracks', { file: rel(path), detail });
        continue;
      }
      const stage = entryIdFromPath(path);
      source.wordtrackFiles.push({ file: rel(path), stage, data, origin: { yaml: text!, path: [], firstLine: 1 } });
      const raw = (data as { wordtracks?: unknown }).wordtracks;
      if (!Array.isArray(raw)) continue;
      raw.forEach((item, index) =>
        source.entries.push({ collection: 'wordtracks', file: rel(path), id: idOf(item, index), data: item, origin: { yaml: text!, path: ['wordtracks', index], firstLine: 1 } }),
      );
    }
  };

  for (const name of collectionNames) {
    const where = collectionSpec(name).source;
    if (where.kind === 'list') readList(name, where.file);
    else if (where.kind === 'mdx') readMdx(name, where.folder);
    else if (where.kind === 'files') readYamlFiles(name, where.folder);
    else readWordtracks(where.folder);
  }
  source.unreadable = [...unreadable];
  return source;
}
