import { z } from 'astro/zod';
import { idReference } from '../schemas/common.ts';
import { coachRuleSchema } from '../schemas/coach.ts';
import { synonymGroupSchema } from '../schemas/synonyms.ts';
import { foundationSchema } from '../schemas/foundation.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { phaseSchema } from '../schemas/phase.ts';
import { playSchema } from '../schemas/play.ts';
import { selfcheckItemSchema } from '../schemas/selfcheck.ts';
import { stageSchema } from '../schemas/stage.ts';
import { trackSchema } from '../schemas/track.ts';
import { wordtrackEntrySchema, wordtrackFileSchema } from '../schemas/wordtrack.ts';
import { didYouMean, issuesFromZod, type ContentIssue } from './content-issues.ts';
import type { CollectionName, PlaybookSource, RawEntry } from './content-source.ts';

/** The schemas as authors write the entries, with links as plain ids. */
const schemas: Record<CollectionName, z.ZodType> = {
  tracks: trackSchema,
  stages: stageSchema(idReference),
  phases: phaseSchema,
  foundations: foundationSchema,
  plays: playSchema(idReference),
  wordtracks: wordtrackEntrySchema,
  glossary: glossarySchema(idReference),
  selfcheck: selfcheckItemSchema,
  coach: coachRuleSchema,
  synonyms: synonymGroupSchema,
};

/** How an entry of each collection is named in messages. */
export const entryKind: Record<CollectionName, string> = {
  tracks: 'track',
  stages: 'stage',
  phases: 'phase',
  foundations: 'foundation',
  plays: 'play',
  wordtracks: 'wordtrack',
  glossary: 'glossary term',
  selfcheck: 'self-check item',
  coach: 'coach rule',
  synonyms: 'synonym group',
};

/** Where each collection's entries live, for "does not exist" messages. */
const home: Partial<Record<CollectionName, string>> = {
  tracks: 'content/tracks.yaml',
  stages: 'content/stages/',
  wordtracks: 'content/wordtracks/',
  glossary: 'content/glossary.yaml',
};

type Link = { collection: CollectionName; id: string };
type Parsed = RawEntry & { value: Record<string, unknown> };

function fieldsOf(schema: z.ZodType): string[] {
  return 'shape' in schema && schema.shape && typeof schema.shape === 'object' ? Object.keys(schema.shape) : [];
}

/** Author-facing component references in an MDX body: `<Wordtrack id="…">` and `<WordtrackList stage="…">`. */
export function componentLinks(body: string): { field: string; link: Link }[] {
  const links: { field: string; link: Link }[] = [];
  for (const match of body.matchAll(/<Wordtrack\s+id=["']([^"']+)["']/g)) {
    links.push({ field: `<Wordtrack id="${match[1]}">`, link: { collection: 'wordtracks', id: match[1]! } });
  }
  for (const match of body.matchAll(/<WordtrackList\s+stage=["']([^"']+)["']/g)) {
    links.push({ field: `<WordtrackList stage="${match[1]}">`, link: { collection: 'stages', id: match[1]! } });
  }
  return links;
}

/** Every link an entry makes to another entry, with the field that makes it. */
function linksOf(entry: Parsed): { field: string; link: Link }[] {
  const value = entry.value;
  const list = (field: string, collection: CollectionName) =>
    ((value[field] as unknown[] | undefined) ?? []).map((item, index) => ({
      field: `${field}[${index}]`,
      link: { collection, id: typeof item === 'string' ? item : (item as { id: string }).id },
    }));
  const one = (field: string, collection: CollectionName) =>
    value[field] === undefined ? [] : [{ field, link: { collection, id: (value[field] as { id: string }).id } }];
  const fromBody = entry.body ? componentLinks(entry.body) : [];
  switch (entry.collection) {
    case 'stages':
      return [...one('track', 'tracks'), ...one('next', 'stages'), ...fromBody];
    case 'plays':
      return [...list('stages', 'stages'), ...list('wordtracks', 'wordtracks'), ...fromBody];
    case 'wordtracks':
      return list('stages', 'stages');
    case 'glossary':
      return list('seeAlso', 'glossary');
    default:
      return fromBody;
  }
}

/**
 * Checks the whole playbook and returns every problem at once: schema errors, ids used twice, links to entries
 * that do not exist, a next stage in another track, two stages at one position, a phase file whose number differs.
 */
export function validatePlaybook(source: PlaybookSource): ContentIssue[] {
  const issues: ContentIssue[] = [...source.issues];
  const parsed: Parsed[] = [];

  for (const file of source.wordtrackFiles) {
    const result = wordtrackFileSchema.safeParse(file.data);
    if (!result.success) {
      issues.push(...issuesFromZod(result.error, file.data, { file: file.file, kind: 'wordtrack file', id: file.stage }, fieldsOf(wordtrackFileSchema)));
    }
  }

  for (const entry of source.entries) {
    const schema = schemas[entry.collection];
    const where = { file: entry.file, kind: entryKind[entry.collection], id: entry.id };
    const result = schema.safeParse(entry.data);
    if (result.success) parsed.push({ ...entry, value: result.data as Record<string, unknown> });
    else issues.push(...issuesFromZod(result.error, entry.data, where, fieldsOf(schema)));
  }

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
        kind: entryKind[entry.collection],
        id: entry.id,
        field: 'id',
        value: entry.id,
        expected: `an id used only once; it is already used in ${first.file}`,
      });
    } else seen.set(entry.id, entry);
  }

  for (const entry of parsed) {
    for (const { field, link } of linksOf(entry)) {
      const known = ids.get(link.collection) ?? new Map<string, RawEntry>();
      if (known.has(link.id)) continue;
      const kind = entryKind[link.collection];
      const suggestion = didYouMean(link.id, known.keys());
      issues.push({
        file: entry.file,
        kind: entryKind[entry.collection],
        id: entry.id,
        field,
        detail: `${kind} "${link.id}" does not exist; ${suggestion ? `did you mean "${suggestion}"?` : `expected the id of a ${kind} in ${home[link.collection]}`}`,
      });
    }
  }

  const stages = parsed.filter((entry) => entry.collection === 'stages');
  const trackOf = new Map(stages.map((stage) => [stage.id, (stage.value.track as Link).id]));
  const positions = new Map<string, Parsed>();
  for (const stage of stages) {
    const track = trackOf.get(stage.id)!;
    const next = stage.value.next as Link | undefined;
    const nextTrack = next && trackOf.get(next.id);
    const bothKnown = ids.get('tracks')?.has(track) && nextTrack && ids.get('tracks')?.has(nextTrack);
    if (next && bothKnown && nextTrack !== track) {
      issues.push({ file: stage.file, kind: 'stage', id: stage.id, field: 'next', value: next.id, expected: `a stage of the track "${track}", but "${next.id}" is in "${nextTrack}"` });
    }
    const position = `${track}#${String(stage.value.order)}`;
    const other = positions.get(position);
    if (other) {
      issues.push({ file: stage.file, kind: 'stage', id: stage.id, field: 'order', value: stage.value.order, expected: `a position not taken in the track "${track}"; "${other.id}" (${other.file}) is already at ${String(stage.value.order)}` });
    } else positions.set(position, stage);
  }

  for (const phase of parsed.filter((entry) => entry.collection === 'phases')) {
    if (String(phase.value.number) !== phase.id) {
      issues.push({ file: phase.file, kind: 'phase', id: phase.id, field: 'number', value: phase.value.number, expected: `${phase.id}, the number in the file name` });
    }
  }
  return issues;
}
