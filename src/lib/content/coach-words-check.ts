import { didYouMean, type ContentIssue } from './issues.ts';
import { patternTokens } from '../coach/patterns.ts';

/** A coach entry that passed its schema. */
export interface CheckedCoachEntry {
  file: string;
  id: string;
  value: Record<string, unknown>;
}

/** Each `{id}` in a coach pattern must name a `words` entry: a typo would leave a pattern that never matches. */
export function coachWordIssues(entries: readonly CheckedCoachEntry[]): ContentIssue[] {
  const words = entries.filter((entry) => entry.value.kind === 'words').map((entry) => entry.id);
  return entries.flatMap((entry) =>
    ((entry.value.patterns as string[] | undefined) ?? []).flatMap((source, index) =>
      patternTokens(source)
        .filter((token) => !words.includes(token))
        .map((token) => {
          const suggestion = didYouMean(token, words);
          return {
            file: entry.file,
            kind: 'coach rule',
            id: entry.id,
            field: `patterns[${index}]`,
            detail: `{${token}} is not a words entry of the coach; ${suggestion ? `did you mean {${suggestion}}?` : `expected one of ${words.map((word) => `{${word}}`).join(', ') || 'the words entries (none yet)'}`}`,
          };
        }),
    ),
  );
}
