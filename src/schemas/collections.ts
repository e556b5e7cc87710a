import { z } from 'astro/zod';
import { coachRuleSchema } from './coach.ts';
import { positionField, type LinkedCollection, type Reference } from './common.ts';
import { followupSchema } from './followup.ts';
import { foundationSchema } from './foundation.ts';
import { glossarySchema } from './glossary.ts';
import { objectionSchema } from './objection.ts';
import { personaSchema } from './persona.ts';
import { phaseSchema } from './phase.ts';
import { playSchema } from './play.ts';
import { selfcheckItemSchema } from './selfcheck.ts';
import { stageSchema } from './stage.ts';
import { synonymGroupSchema } from './synonyms.ts';
import { trackSchema } from './track.ts';
import { wordtrackEntrySchema, wordtrackSchema } from './wordtrack.ts';

/** Where a collection's entries are written, inside the content folder. */
export type CollectionSource =
  /** One YAML file holding a list of entries, each with an `id`; `ordered` keeps the author's order on the site. */
  | { kind: 'list'; file: string; ordered?: boolean }
  /** One MDX file per entry, named by its id, in any subfolder. */
  | { kind: 'mdx'; folder: string }
  /** One YAML file per entry, named by its id. */
  | { kind: 'files'; folder: string }
  /** One YAML file per stage, `<track>/<stage>.yaml`, with the file's owner and review date and a list of entries. */
  | { kind: 'wordtracks'; folder: string };

interface CollectionSpec {
  /** How one entry is named in messages and in the review report. */
  entry: string;
  source: CollectionSource;
  /** The entry as its author writes it, with links made by `reference`. */
  authored: (reference: Reference) => z.ZodType;
  /** The entry as the site reads it, when a loader adds to what the author wrote. */
  site?: (reference: Reference) => z.ZodType;
  /** Fields that link to another collection's entries by id: one id, or a list of them. */
  links?: Record<string, LinkedCollection>;
  /** The site cannot do without this collection: an empty one fails the check, saying what to write. */
  required?: string;
  /** Entries carry an owner and a review date, so the review report lists them. */
  reviewed?: boolean;
}

const list = (file: string, ordered = false): CollectionSource => ({ kind: 'list', file, ordered });
const mdx = (folder: string): CollectionSource => ({ kind: 'mdx', folder });

/**
 * The playbook's collections, declared once: Astro's content config, the content check, its messages and the review
 * report all derive from this registry. A new collection is one entry here and a page or two that read it. The
 * content is read in this order, so wordtracks, which name stages and files, come last.
 */
export const collectionRegistry = {
  tracks: { entry: 'track', source: list('tracks.yaml'), authored: () => trackSchema, required: 'a list of tracks, each starting with "- id:"' },
  stages: {
    entry: 'stage', source: mdx('stages'), authored: stageSchema, links: { track: 'tracks', next: 'stages' },
    required: 'a file per stage, stages/<track>/<stage>.mdx', reviewed: true,
  },
  phases: { entry: 'phase', source: mdx('phases'), authored: () => phaseSchema, required: 'the files 1.mdx, 2.mdx and 3.mdx', reviewed: true },
  foundations: { entry: 'foundation', source: mdx('foundations'), authored: () => foundationSchema, reviewed: true },
  plays: { entry: 'play', source: mdx('plays'), authored: playSchema, links: { stages: 'stages', wordtracks: 'wordtracks' }, reviewed: true },
  glossary: { entry: 'glossary term', source: list('glossary.yaml'), authored: glossarySchema, links: { seeAlso: 'glossary' } },
  selfcheck: { entry: 'self-check item', source: list('selfcheck.yaml'), authored: () => selfcheckItemSchema },
  coach: { entry: 'coach rule', source: list('coach.yaml'), authored: () => coachRuleSchema },
  followups: {
    entry: 'follow-up', source: list('followups.yaml', true), authored: followupSchema, site: (ref) => followupSchema(ref).extend(positionField),
    links: { track: 'tracks', stages: 'stages' }, reviewed: true,
  },
  personas: {
    entry: 'persona', source: list('personas.yaml', true), authored: personaSchema, site: (ref) => personaSchema(ref).extend(positionField),
    links: { track: 'tracks' }, reviewed: true,
  },
  // A response's track is one of `tracks` (the schema checks it), so checking `tracks` covers it.
  objections: {
    entry: 'objection', source: { kind: 'files', folder: 'objections' }, authored: objectionSchema,
    links: { tracks: 'tracks', stages: 'stages', wordtracks: 'wordtracks' }, reviewed: true,
  },
  synonyms: { entry: 'synonym group', source: list('synonyms.yaml'), authored: () => synonymGroupSchema },
  wordtracks: {
    entry: 'wordtrack', source: { kind: 'wordtracks', folder: 'wordtracks' }, authored: () => wordtrackEntrySchema, site: wordtrackSchema,
    links: { stages: 'stages' }, required: 'a file per stage, wordtracks/<track>/<stage>.yaml',
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionRegistry = typeof collectionRegistry;
export type CollectionName = keyof CollectionRegistry;
export const collectionNames = Object.keys(collectionRegistry) as CollectionName[];

/** A collection's declaration, seen through what every collection declares. */
export const collectionSpec = (name: CollectionName): CollectionSpec => collectionRegistry[name];

/** Where a collection's entries live, as messages name it: `tracks.yaml`, `stages/`. */
export const collectionHome = (name: CollectionName) => {
  const { source } = collectionSpec(name);
  return source.kind === 'list' ? source.file : `${source.folder}/`;
};
