import { lastUpdated, type Freshness } from '../last-updated.ts';

interface Reviewed {
  data: { owner: string; reviewed: Date };
  filePath?: string;
}

/**
 * The freshness of a page built from a list of entries: the oldest review, since the page is only as fresh as its
 * stalest entry, and the latest change to any of their files.
 */
export function listFreshness(entries: readonly Reviewed[], file: string): Freshness {
  if (entries.length === 0) throw new Error(`${file} has no entries; expected at least one, since its page lists them`);
  const oldest = entries.reduce((stalest, entry) => (entry.data.reviewed < stalest.data.reviewed ? entry : stalest));
  const updated = entries.map((entry) => lastUpdated(entry.filePath!)).reduce((latest, date) => (date > latest ? date : latest));
  return { owner: oldest.data.owner, reviewed: oldest.data.reviewed, updated };
}
