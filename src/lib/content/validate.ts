import { z } from 'astro/zod';
import { collectionHome, collectionNames, collectionSpec } from '../../schemas/collections.ts';
import { idReference } from '../../schemas/common.ts';
import { wordtrackFileSchema } from '../../schemas/wordtrack.ts';
import { didYouMean, fieldPath, issuesFromZod, type ContentIssue } from './issues.ts';
import { coachWordIssues } from './coach-words-check.ts';
import { objectionTrackIssues } from './objection-check.ts';
import type { CollectionName, PlaybookSource, RawEntry } from './source.ts';
import { entryAddresses, entryLinkIssues } from './entry-links.ts';
import { stageFolderIssue, wordtrackFileIssues } from './file-placement.ts';
import { mdxIssues, mdxTargets } from './mdx-check.ts';
import { scanMdx } from './mdx-scan.ts';
import { futureReviewWarnings } from './review-dates.ts';
import { chainStages, checkStageChain } from './stage-chain.ts';
import { inContent, missingCollectionIssues, unjudgedCollections } from './unread.ts';
import { lineInOrigin } from './yaml-lines.ts';

/** The schemas as authors write the entries, with links as plain ids. */
const schemas = Object.fromEntries(collectionNames.map((name) => [name, collectionSpec(name).authored(idReference)])) as Record<CollectionName, z.ZodType>;

/** How an entry of each collection is named in messages. */
export const entryKind = Object.fromEntries(collectionNames.map((name) => [name, collectionSpec(name).entry])) as Record<CollectionName, string>;

type Link = { collection: CollectionName; id: string; path: (string | number)[] };
type Parsed = RawEntry & { value: Record<string, unknown> };

function fieldsOf(schema: z.ZodType): string[] {
  return 'shape' in schema && schema.shape && typeof schema.shape === 'object' ? Object.keys(schema.shape) : [];
}

const lineOf = (entry: { origin?: RawEntry['origin'] }) => (path: readonly PropertyKey[]) => lineInOrigin(entry.origin, path);

/** Every link an entry's frontmatter makes to another entry, with the path of the field that makes it. */
function linksOf(entry: Parsed): Link[] {
  return Object.entries(collectionSpec(entry.collection).links ?? {}).flatMap(([field, collection]): Link[] => {
    const value = entry.value[field];
    if (value === undefined) return [];
    const idOf = (item: unknown) => (typeof item === 'string' ? item : (item as { id: string }).id);
    return Array.isArray(value) ? value.map((item, index) => ({ collection, id: idOf(item), path: [field, index] })) : [{ collection, id: idOf(value), path: [field] }];
  });
}

/** Each entry checked against its collection's schema: the entries that pass, and the problems of those that do not. */
function parseEntries(source: PlaybookSource): { parsed: Parsed[]; issues: ContentIssue[] } {
  const parsed: Parsed[] = [];
  const issues: ContentIssue[] = [];
  for (const entry of source.entries) {
    const schema = schemas[entry.collection];
    const result = schema.safeParse(entry.data);
    if (result.success) parsed.push({ ...entry, value: result.data as Record<string, unknown> });
    else issues.push(...issuesFromZod(result.error, entry.data, { file: entry.file, kind: entryKind[entry.collection], id: entry.id }, fieldsOf(schema), lineOf(entry)));
  }
  return { parsed, issues };
}

/**
 * Checks the whole playbook and returns every problem at once: schema errors, ids used twice, links to entries that do
 * not exist, a broken chain of stages, files in the wrong folder, a phase file whose number differs, and MDX bodies
 * that would fail to render.
 */
export function validatePlaybook(source: PlaybookSource): ContentIssue[] {
  const dir = source.dir ?? 'content';
  const skipped = unjudgedCollections(source);
  const issues: ContentIssue[] = [...source.issues, ...missingCollectionIssues(source, dir)];

  for (const file of source.wordtrackFiles) {
    const result = wordtrackFileSchema.safeParse(file.data);
    if (!result.success) {
      issues.push(...issuesFromZod(result.error, file.data, { file: file.file, kind: 'wordtrack file', id: file.stage }, fieldsOf(wordtrackFileSchema), lineOf(file)));
    }
  }
  const { parsed, issues: invalid } = parseEntries(source);
  issues.push(...invalid);

  // Ids are unique within a collection; for stages that holds across tracks, since URLs and links use the bare id.
  const ids = new Map<CollectionName, Map<string, RawEntry>>();
  for (const entry of source.entries) {
    if (entry.id.startsWith('#')) continue;
    const seen = ids.get(entry.collection) ?? new Map<string, RawEntry>();
    ids.set(entry.collection, seen);
    const first = seen.get(entry.id);
    if (first) {
      issues.push({
        file: entry.file,
        line: lineInOrigin(entry.origin, ['id']),
        kind: entryKind[entry.collection],
        id: entry.id,
        field: 'id',
        value: entry.id,
        expected: `an id used only once; it is already used in ${first.file}`,
      });
    } else seen.set(entry.id, entry);
  }
  const known = (collection: CollectionName) => ids.get(collection) ?? new Map<string, RawEntry>();

  for (const entry of parsed) {
    for (const link of linksOf(entry)) {
      if (skipped.has(link.collection) || known(link.collection).has(link.id)) continue;
      const kind = entryKind[link.collection];
      const suggestion = didYouMean(link.id, known(link.collection).keys());
      issues.push({
        file: entry.file,
        line: lineInOrigin(entry.origin, link.path),
        kind: entryKind[entry.collection],
        id: entry.id,
        field: fieldPath(link.path),
        detail: `${kind} "${link.id}" does not exist; ${suggestion ? `did you mean "${suggestion}"?` : `expected the id of a ${kind} in ${inContent(dir, collectionHome(link.collection))}`}`,
      });
    }
  }

  const chain = chainStages(parsed.filter((entry) => entry.collection === 'stages'));
  const tracks = new Set(known('tracks').keys());
  issues.push(...chain.flatMap((stage) => (tracks.has(stage.track) ? (stageFolderIssue(stage, dir) ?? []) : [])));
  issues.push(...checkStageChain(chain, tracks, false).errors);
  if (!skipped.has('stages')) issues.push(...wordtrackFileIssues(source, tracks, dir));

  const phases = parsed.filter((entry) => entry.collection === 'phases');
  for (const phase of phases) {
    if (String(phase.value.number) !== phase.id) {
      issues.push({ file: phase.file, line: lineInOrigin(phase.origin, ['number']), kind: 'phase', id: phase.id, field: 'number', value: phase.value.number, expected: `${phase.id}, the number in the file name` });
    }
  }

  issues.push(...coachWordIssues(parsed.filter((entry) => entry.collection === 'coach')));
  issues.push(...objectionTrackIssues(parsed.filter((entry) => entry.collection === 'objections'), tracks));

  const stageOfFile = new Map(source.wordtrackFiles.map((file) => [file.file, file.stage]));
  const wordtracks = parsed
    .filter((entry) => entry.collection === 'wordtracks')
    .map((entry) => ({ ...(entry.value as { stages?: string[]; phase: number }), stage: stageOfFile.get(entry.file) ?? '' }));
  const targets = mdxTargets({ wordtracks: known('wordtracks').keys(), stages: known('stages').keys() }, wordtracks, { wordtracks: skipped.has('wordtracks'), stages: skipped.has('stages') });
  const addresses = entryAddresses(source.entries, skipped);
  for (const entry of source.entries) {
    if (entry.body === undefined) continue;
    const body = scanMdx(entry.body, entry.bodyLine);
    const kind = entryKind[entry.collection];
    issues.push(...mdxIssues(body, { file: entry.file, kind, id: entry.id }, targets), ...entryLinkIssues(entry, body.links, addresses, kind));
  }
  return issues;
}

/**
 * What the build reports and goes on with: review dates still to come, and stages no other stage leads to. The chain
 * is only judged when every stage read and passed its schema, as a missing stage would leave the rest unreached.
 */
export function playbookWarnings(source: PlaybookSource, today: Date): ContentIssue[] {
  const warnings = futureReviewWarnings(source, today, (collection) => entryKind[collection as CollectionName]);
  const chainEntries = source.entries.filter((entry) => entry.collection === 'stages' || entry.collection === 'tracks');
  const { parsed, issues } = parseEntries({ ...source, entries: chainEntries });
  const stagesComplete = !source.unreadable?.includes('stages') && !issues.some((issue) => issue.kind === 'stage');
  if (stagesComplete) {
    const tracks = new Set(parsed.filter((entry) => entry.collection === 'tracks').map((entry) => entry.id));
    warnings.push(...checkStageChain(chainStages(parsed.filter((entry) => entry.collection === 'stages')), tracks).warnings);
  }
  return warnings;
}
