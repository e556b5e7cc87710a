import { intentLabel, phaseLabel, type PhaseNumber } from './labels.ts';
import { flattenWordtrackFile, type PlaybookSource } from './content-source.ts';
import type { WordtrackIntent } from '../schemas/wordtrack.ts';

/** A Pagefind custom record, as its Node API takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface StageFacts {
  title: string;
  track: string;
}

/**
 * One record per wordtrack, so a query for a phrase lands on the wordtrack itself: its URL is its anchor in the
 * library, its title is its text, and its content adds when to use it and why it works.
 */
export function wordtrackRecords(source: PlaybookSource): SearchRecord[] {
  const stages = new Map<string, StageFacts>();
  for (const entry of source.entries) {
    if (entry.collection !== 'stages') continue;
    const data = entry.data as { title: string; track: string };
    stages.set(entry.id, { title: data.title, track: data.track });
  }
  return source.wordtrackFiles.flatMap((file) =>
    flattenWordtrackFile(file.stage, file.data).map((entry) => {
      const wordtrack = entry as { id: string; text: string; when: string; why: string; intent: WordtrackIntent; phase: PhaseNumber; stages: string[]; tags?: string[] };
      const stage = stages.get(file.stage)!;
      return {
        url: `/wordtracks/#${wordtrack.id}`,
        content: [wordtrack.text, `When: ${wordtrack.when}`, `Why it works: ${wordtrack.why}`, ...(wordtrack.tags ?? [])].join('\n'),
        language: 'en',
        meta: {
          title: wordtrack.text,
          stage: stage.title,
          phase: phaseLabel(wordtrack.phase),
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
