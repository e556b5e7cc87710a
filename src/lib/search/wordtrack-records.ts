import { intentLabel, type PhaseNumber } from '../labels.ts';
import { flattenWordtrackFile, type PlaybookSource } from '../content/source.ts';
import type { SearchRecord } from './record.ts';
import { libraryPageOfEach } from '../library/source-pages.ts';
import { wordtrackHref } from '../library/routes.ts';
import type { WordtrackIntent } from '../../schemas/wordtrack.ts';

/**
 * How much a wordtrack's notes count against its own words (its title, weight 7): a rep types the moment ("when"),
 * a tag or the pushy line they want to avoid as often as the words to say, but the words to say decide the rank.
 */
export const wordtrackWeights = { when: 1, tags: 1, why: 0.6, insteadOf: 0.5 } as const;

/**
 * One record per wordtrack, so a query for a phrase lands on the wordtrack itself: its URL is its anchor on its
 * library page, its title is its text, and when to use it, why it works, the line it replaces and its tags are searchable
 * below it. Its track, stage and phase go with it, for the result line.
 */
export function wordtrackRecords(source: PlaybookSource): SearchRecord[] {
  const tracks = new Map<string, string>();
  const stages = new Map<string, { title: string; track: string }>();
  for (const entry of source.entries) {
    if (entry.collection === 'tracks') tracks.set(entry.id, (entry.data as { title: string }).title);
    if (entry.collection !== 'stages') continue;
    const data = entry.data as { title: string; track: string };
    stages.set(entry.id, { title: data.title, track: data.track });
  }
  const pageOf = libraryPageOfEach(source);
  return source.wordtrackFiles.flatMap((file) =>
    flattenWordtrackFile(file.stage, file.data).map((entry) => {
      const wordtrack = entry as { id: string; text: string; when: string; why: string; insteadOf?: string; intent: WordtrackIntent; phase: PhaseNumber; stages: string[]; tags?: string[] };
      const stage = stages.get(file.stage)!;
      return {
        url: wordtrackHref(pageOf.get(wordtrack.id)!, wordtrack.id),
        title: wordtrack.text,
        parts: [
          { text: wordtrack.when, weight: wordtrackWeights.when },
          { text: (wordtrack.tags ?? []).join(', '), weight: wordtrackWeights.tags },
          { text: wordtrack.why, weight: wordtrackWeights.why },
          { text: wordtrack.insteadOf ?? '', weight: wordtrackWeights.insteadOf },
        ],
        // Searchable, as metadata is: "test drive opener" finds the test drive's opening lines. The phase is left to
        // the filters, or "phase two" would find every wordtrack by the word "phase".
        meta: {
          track: tracks.get(stage.track) ?? stage.track,
          stage: stage.title,
          intent: intentLabel[wordtrack.intent],
        },
        filters: {
          type: ['wordtrack'],
          track: [stage.track],
          stage: wordtrack.stages,
          phase: [String(wordtrack.phase)],
          intent: [wordtrack.intent],
        },
      };
    }),
  );
}
