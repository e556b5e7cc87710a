import type { z } from 'astro/zod';
import { editDistance } from '../edit-distance.ts';

/** One thing wrong with the content, with everything an author needs to find and fix it. */
export interface ContentIssue {
  /** Path relative to the project, e.g. `content/wordtracks/showroom/test-drive.yaml`. */
  file: string;
  /** The line in the file, where it is known, and the column for a syntax error. */
  line?: number;
  column?: number;
  /** What the entry is ("wordtrack", "stage", …); absent for a problem with the whole file. */
  kind?: string;
  /** The entry's id, or `#n` for the n-th entry of a file when it has no id. */
  id?: string;
  /** The field, as a path such as `moves[2].title`. */
  field?: string;
  /** The value given; `undefined` means the field is missing. */
  value?: unknown;
  /** What was expected instead. */
  expected?: string;
  /** A sentence that replaces "is <value>, expected <expected>" where those do not fit. */
  detail?: string;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'not a date' : value.toISOString().slice(0, 10);
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** The one message format of every content error: file and line, entry, field, the value given and what was expected. */
export function formatIssue(issue: ContentIssue): string {
  const entry = issue.kind ? (issue.id?.startsWith('#') ? `${issue.kind} ${issue.id}` : `${issue.kind} "${issue.id}"`) : '';
  const place = issue.line ? `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ''}` : issue.file;
  const where = [place, entry].filter(Boolean).join(': ');
  if (issue.detail) return `${where}: ${issue.field ? `${issue.field}: ` : ''}${issue.detail}`;
  return `${where}: ${issue.field} is ${describeValue(issue.value)}, expected ${issue.expected}`;
}

/** Writes a path like ['moves', 2, 'title'] the way authors read it: `moves[2].title`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** The known name closest to a misspelt one, if it is close enough to be what the author meant. */
export function didYouMean(given: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  const limit = Math.max(2, Math.floor(given.length / 3));
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(given, candidate, limit);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * Turns zod's issues for one entry into content issues; `knownFields` lets an unknown field suggest the right one,
 * and `lineOf` finds the line a field is written on.
 */
export function issuesFromZod(
  error: z.ZodError,
  data: unknown,
  where: Pick<ContentIssue, 'file' | 'kind' | 'id'>,
  knownFields: readonly string[] = [],
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): ContentIssue[] {
  const misspelt = new Map<string, string>();
  const unknownFields: ContentIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const suggestion = issue.path.length === 0 ? didYouMean(key, knownFields) : undefined;
      if (suggestion) misspelt.set(suggestion, key);
      unknownFields.push({
        ...where,
        line: lineOf([...issue.path, key]),
        field: fieldPath([...issue.path, key]),
        detail: `is not a field${suggestion ? `; did you mean "${suggestion}"?` : knownFields.length ? `; the fields are ${knownFields.join(', ')}` : ''}`,
      });
    }
  }
  const invalid = error.issues
    .filter((issue) => issue.code !== 'unrecognized_keys')
    // A field reported missing because it was misspelt is already explained by the "did you mean" message.
    .filter((issue) => !(issue.path.length === 1 && misspelt.has(String(issue.path[0])) && valueAt(data, issue.path) === undefined))
    .map((issue) => ({ ...where, line: lineOf(issue.path), field: fieldPath(issue.path) || '(entry)', value: valueAt(data, issue.path), expected: issue.message }));
  return [...invalid, ...unknownFields];
}
