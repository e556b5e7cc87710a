import type { ContentIssue } from './issues.ts';
import type { PlaybookSource } from './source.ts';
import { calendarDayProblem } from '../../schemas/calendar-date.ts';
import { lineInOrigin } from './yaml-lines.ts';

const DAY = 24 * 60 * 60 * 1000;
const REVIEWED = ['stages', 'phases', 'foundations', 'plays'];

/**
 * Review dates still to come: a slip such as 2062 for 2026 would keep an entry off the stale list for decades. A day
 * ahead is allowed, since an author east of UTC already has tomorrow's date.
 */
export function futureReviewWarnings(source: PlaybookSource, today: Date, kindOf: (collection: string) => string): ContentIssue[] {
  const latest = new Date(today.getTime() + DAY).toISOString().slice(0, 10);
  const shown = today.toISOString().slice(0, 10);
  const files = [
    ...source.entries.filter((entry) => REVIEWED.includes(entry.collection)).map((entry) => ({ ...entry, kind: kindOf(entry.collection) })),
    ...source.wordtrackFiles.map((file) => ({ ...file, id: file.stage, kind: 'wordtrack file' })),
  ];
  const warnings: ContentIssue[] = [];
  for (const { file, id, kind, data, origin } of files) {
    const reviewed = (data as { reviewed?: unknown } | null)?.reviewed;
    const day = reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : reviewed;
    if (typeof day !== 'string' || calendarDayProblem(day) || day <= latest) continue;
    warnings.push({ file, line: lineInOrigin(origin, ['reviewed']), kind, id, field: 'reviewed', value: day, expected: `the day it was last reviewed: today (${shown}) or earlier, not a day still to come` });
  }
  return warnings;
}
