import type { PlaybookSource } from '../content-source.ts';
import { phaseLabel, type PhaseNumber } from '../labels.ts';
import type { SearchRecord } from '../search-records.ts';
import { objectionTypeLabel, type ObjectionType } from '../../schemas/objection.ts';

/** An objection as written, once the content check has passed it (the check runs before the index is built). */
interface WrittenObjection {
  title: string;
  type: ObjectionType;
  tracks: string[];
  phase: PhaseNumber;
  stages: string[];
  alsoHeard?: string[];
  means: string;
  ask: string;
  responses: { text: string }[];
  tags?: string[];
}

/**
 * One record per objection, at its anchor on the objections page, so "think about it" lands on that objection.
 * The content holds what a rep hears and says, not the lines to avoid: an excerpt should never show one as advice.
 */
export function objectionRecords(source: PlaybookSource): SearchRecord[] {
  return source.entries
    .filter((entry) => entry.collection === 'objections')
    .map((entry) => {
      const objection = entry.data as WrittenObjection;
      return {
        url: `/objections/#${entry.id}`,
        content: [
          objection.title,
          ...(objection.alsoHeard ?? []),
          `What it often means: ${objection.means}`,
          `Ask first: ${objection.ask}`,
          ...objection.responses.map((response) => response.text),
          ...(objection.tags ?? []),
        ].join('\n'),
        language: 'en',
        meta: { title: objection.title, objection: objectionTypeLabel[objection.type], phase: phaseLabel(objection.phase) },
        filters: { type: ['objection'], track: objection.tracks, stage: objection.stages, phase: [String(objection.phase)] },
      };
    });
}
