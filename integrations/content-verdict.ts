import { formatIssue } from '../src/lib/content/issues.ts';
import { playbookWarnings, validatePlaybook } from '../src/lib/content/validate.ts';
import { formatReviewLine, reviewRecords, staleRecords } from '../src/lib/content/review-report.ts';
import type { PlaybookSource } from '../src/lib/content/source.ts';

/** Shown in the build's warning; `npm run content:report` prints them all. */
const STALE_SHOWN = 5;

/** What the check found, one line each: the problems that stop a build, the warnings, and the stale entries shown. */
export interface ContentVerdict {
  errors: string[];
  warnings: string[];
  /** How many entries are stale, and the oldest of them, one line each. */
  stale: { count: number; shown: string[] };
}

/**
 * Checks the playbook as read, as of `today`; the stale entries only when `staleReport` asks for them. Apart from
 * the content check's integration (integrations/content-check.ts), which loads it only when it checks for itself:
 * in `npm run build` the verdict comes from scripts/build-prepare.ts, and the validators would only slow Astro's start.
 */
export function contentVerdict(source: PlaybookSource, today: Date, staleReport: boolean): ContentVerdict {
  const errors = validatePlaybook(source).map(formatIssue);
  const warnings = playbookWarnings(source, today).map(formatIssue);
  const stale = errors.length === 0 && staleReport ? staleRecords(reviewRecords(source), today) : [];
  const shown = stale.slice(0, STALE_SHOWN).map((record) => formatReviewLine(record, today));
  if (stale.length > STALE_SHOWN) shown.push(`…and ${stale.length - STALE_SHOWN} more`);
  return { errors, warnings, stale: { count: stale.length, shown } };
}
