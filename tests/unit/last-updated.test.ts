import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freshnessOf, freshnessOfMany, lastUpdated } from '../../src/lib/content/last-updated';

/** What git itself says of a file's last commit, from the top of the repository; undefined outside a checkout. */
function committedAt(file: string): Date | undefined {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', `:/${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return date ? new Date(date) : undefined;
  } catch {
    return undefined;
  }
}

// Files with more than one commit, so "last" is a real choice. Outside a git checkout every file has the build date.
const older = 'README.md';
const newer = 'content/coach.yaml';
const testStart = Date.now();

describe('when a file last changed', () => {
  it.each([older, newer])('is its newest commit in git: %s', (file) => {
    const committed = committedAt(file);
    const updated = lastUpdated(file);
    if (committed) expect(updated).toEqual(committed);
    else expect(updated.getTime()).toBeGreaterThanOrEqual(testStart - 60_000);
  });

  it('is the build date for a file git has no history of', () => {
    const updated = lastUpdated('content/not-committed.yaml');
    expect(updated.getTime()).toBeGreaterThan(testStart - 60 * 60_000);
    expect(updated.getTime()).toBeLessThanOrEqual(Date.now());
    expect(lastUpdated('content/also-new.yaml')).toEqual(updated);
  });
});

describe('what a reading page says of its freshness', () => {
  const entry = (owner: string, reviewed: string, filePath: string) => ({ data: { owner, reviewed: new Date(reviewed) }, filePath });

  it('is the entry’s own owner and review, and its file’s last change', () => {
    expect(freshnessOf(entry('Sales enablement', '2026-10-01', newer))).toEqual({ owner: 'Sales enablement', reviewed: new Date('2026-10-01'), updated: lastUpdated(newer) });
  });

  it('on a page of many entries, is the stalest review with its owner and the newest change to any of their files', () => {
    const freshness = freshnessOfMany([entry('Sales', '2026-09-01', older), entry('F&I', '2026-03-02', newer), entry('Service', '2026-05-05', older)], 'content/objections/');
    const newest = Math.max(lastUpdated(older).getTime(), lastUpdated(newer).getTime());
    expect(freshness).toEqual({ owner: 'F&I', reviewed: new Date('2026-03-02'), updated: new Date(newest) });
    expect(freshnessOfMany([entry('F&I', '2026-03-02', newer), entry('Sales', '2026-09-01', older)], 'content/objections/').updated).toEqual(new Date(newest));
  });
});
