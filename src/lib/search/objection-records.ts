import type { PlaybookSource } from '../content/source.ts';
import { phaseLabel, type PhaseNumber } from '../labels.ts';
import type { SearchRecord } from './record.ts';
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
        title: objection.title,
        // The objection is what the buyer says, the words a rep types: it counts above the title's own weight, as a
        // play's moment does. Other ways of saying it rank with the title; what the rep answers is body text.
        parts: [
          { text: objection.title, weight: 10 },
          ...(objection.alsoHeard ?? []).map((text) => ({ text, weight: 5 })),
          { text: `What it often means: ${objection.means}`, weight: 1 },
          { text: `Ask first: ${objection.ask}`, weight: 1 },
          ...objection.responses.map((response) => ({ text: response.text, weight: 1 })),
          ...(objection.tags ?? []).map((text) => ({ text, weight: 2 })),
        ],
        meta: { title: objection.title, objection: objectionTypeLabel[objection.type], phase: phaseLabel(objection.phase) },
        filters: { type: ['objection'], track: objection.tracks, stage: objection.stages, phase: [String(objection.phase)] },
      };
    });
}
