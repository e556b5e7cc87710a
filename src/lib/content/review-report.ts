import type { PlaybookSource } from './source.ts';
import { collectionSpec } from '../../schemas/collections.ts';
import { entryKind } from './validate.ts';
import { STALE_AFTER_DAYS } from './review-age.ts';

export interface ReviewRecord {
  file: string;
  /** "stage", "wordtrack file", … */
  kind: string;
  owner: string;
  reviewed: Date;
}

const DAY = 24 * 60 * 60 * 1000;

/** Every entry or file that carries an owner and a review date: the collections the registry marks `reviewed`, and wordtrack files. */
export function reviewRecords(source: PlaybookSource): ReviewRecord[] {
  const record = (file: string, kind: string, data: unknown): ReviewRecord[] => {
    const { owner, reviewed } = (data ?? {}) as { owner?: unknown; reviewed?: unknown };
    const date = new Date(String(reviewed));
    return typeof owner === 'string' && !Number.isNaN(date.getTime()) ? [{ file, kind, owner, reviewed: date }] : [];
  };
  return [
    ...source.entries
      .filter((entry) => collectionSpec(entry.collection).reviewed)
      // An entry of a shared list file is named as well as its kind: its file alone does not say which one is stale.
      .flatMap((entry) => record(entry.file, collectionSpec(entry.collection).source.kind === 'list' ? `${entryKind[entry.collection]} "${entry.id}"` : entryKind[entry.collection], entry.data)),
    ...source.wordtrackFiles.flatMap((file) => record(file.file, 'wordtrack file', file.data)),
  ];
}

/** The records not reviewed within `days` of `today`, oldest first. */
export function staleRecords(records: ReviewRecord[], today: Date, days = STALE_AFTER_DAYS): ReviewRecord[] {
  return records
    .filter((record) => today.getTime() - record.reviewed.getTime() > days * DAY)
    .sort((a, b) => a.reviewed.getTime() - b.reviewed.getTime() || a.file.localeCompare(b.file));
}

/** One line per record: `2026-03-02  412 days  content/…  (stage, Sales enablement)`. */
export function formatReviewLine(record: ReviewRecord, today: Date): string {
  const age = Math.floor((today.getTime() - record.reviewed.getTime()) / DAY);
  return `${record.reviewed.toISOString().slice(0, 10)}  ${String(age).padStart(4)} days  ${record.file}  (${record.kind}, ${record.owner})`;
}
