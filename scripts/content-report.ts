// Lists every content file with its owner and review date, oldest first, and marks the stale ones.
import { resolve } from 'node:path';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { readPlaybook } from '../src/lib/content/source.ts';
import { formatReviewLine, reviewRecords, staleRecords } from '../src/lib/content/review-report.ts';
import { STALE_AFTER_DAYS } from '../src/lib/content/review-age.ts';

const today = new Date();
const records = reviewRecords(readPlaybook(resolve(contentDir)));
const stale = new Set(staleRecords(records, today));
const oldestFirst = [...records].sort((a, b) => a.reviewed.getTime() - b.reviewed.getTime() || a.file.localeCompare(b.file));

console.log(`Content review report, ${today.toISOString().slice(0, 10)}: ${records.length} files, ${stale.size} not reviewed in ${STALE_AFTER_DAYS} days.\n`);
for (const record of oldestFirst) console.log(`${stale.has(record) ? 'STALE ' : '      '}${formatReviewLine(record, today)}`);
