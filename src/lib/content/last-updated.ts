import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

let commitDates: Map<string, Date> | undefined;

/**
 * One `git log` for the whole repository, newest first, so a build of a thousand pages asks git once. `--cc` lists
 * the files a merge changed from every parent (both sides edited them), as `git log -1 -- <file>` dates them.
 */
function readCommitDates(): Map<string, Date> {
  const dates = new Map<string, Date>();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--cc'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    for (const commit of log.split('\0').slice(1)) {
      const [date, ...files] = commit.trim().split('\n');
      for (const file of files) if (file && !dates.has(file)) dates.set(file, new Date(date!));
    }
  } catch {
    // Not a git checkout (an exported tarball, a generated benchmark playbook): every page falls back to the build date.
  }
  return dates;
}

const buildDate = new Date();

/** When the file last changed in git, or the build date when git has no history for it. */
export function lastUpdated(file: string): Date {
  commitDates ??= readCommitDates();
  return commitDates.get(relative(process.cwd(), resolve(file)).replaceAll('\\', '/')) ?? buildDate;
}

/** What a reading page says about how fresh its entry is: who reviewed it and when, and when it last changed. */
export interface Freshness {
  owner: string;
  reviewed: Date;
  updated: Date;
}

/** The freshness of a content entry: its own owner and review date, and its file's last change in git. */
export function freshnessOf(entry: { data: { owner: string; reviewed: Date }; filePath?: string }): Freshness {
  return { owner: entry.data.owner, reviewed: entry.data.reviewed, updated: lastUpdated(entry.filePath!) };
}

/**
 * The freshness of a page that shows many entries: the oldest review (and who did it), since the page is only as
 * fresh as its stalest entry, and the newest change to any of their files. `source` names them when there are none.
 */
export function freshnessOfMany(entries: readonly { data: { owner: string; reviewed: Date }; filePath?: string }[], source: string): Freshness {
  if (entries.length === 0) throw new Error(`${source} has no entries; expected at least one, since its page lists them`);
  const oldest = entries.reduce((found, entry) => (entry.data.reviewed < found.data.reviewed ? entry : found));
  const updated = entries.reduce((newest, entry) => Math.max(newest, lastUpdated(entry.filePath!).getTime()), 0);
  return { owner: oldest.data.owner, reviewed: oldest.data.reviewed, updated: new Date(updated) };
}
