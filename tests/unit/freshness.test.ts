import { describe, expect, it } from 'vitest';
import { formatReviewLine, reviewRecords, staleRecords, type ReviewRecord } from '../../src/lib/content/review-report';
import { STALE_AFTER_DAYS } from '../../src/lib/content/review-age';
import { entryOf, validSource } from '../support/playbook-fixture';

describe('the entries that carry a review', () => {
  it('are the pages an owner keeps fresh and every wordtrack file, named by kind; shared files also name the entry', () => {
    const records = reviewRecords(validSource());
    expect(records.map((record) => [record.file, record.kind, record.owner, record.reviewed.toISOString().slice(0, 10)])).toEqual([
      ['content/stages/showroom/test-drive.mdx', 'stage', 'Sales enablement', '2026-10-01'],
      ['content/stages/showroom/trade-in.mdx', 'stage', 'Sales enablement', '2026-10-01'],
      ['content/phases/2.mdx', 'phase', 'Sales enablement', '2026-10-01'],
      ['content/foundations/rhythm.mdx', 'foundation', 'Sales enablement', '2026-10-01'],
      ['content/plays/price-first.mdx', 'play', 'Sales enablement', '2026-10-01'],
      ['content/followups.yaml', 'follow-up "no-show"', 'Sales enablement', '2026-10-01'],
      ['content/personas.yaml', 'persona "commuter"', 'Sales enablement', '2026-10-01'],
      ['content/objections/think-about-it.yaml', 'objection', 'Sales enablement', '2026-10-01'],
      ['content/wordtracks/showroom/test-drive.yaml', 'wordtrack file', 'Sales enablement', '2026-10-01'],
    ]);
  });

  it('are only the kinds of entry that have an owner, even when another kind carries one by mistake', () => {
    const source = validSource();
    Object.assign(entryOf(source, 'tracks', 'showroom').data, { owner: 'Sales enablement', reviewed: '2026-10-01' });
    Object.assign(entryOf(source, 'glossary', 'alignment').data, { owner: 'Sales enablement', reviewed: '2026-10-01' });
    expect(reviewRecords(source).map((record) => record.file)).not.toContain('content/tracks.yaml');
    expect(reviewRecords(source).map((record) => record.file)).not.toContain('content/glossary.yaml');
  });

  it('leave out an entry without an owner or a date that can be read; the content check reports those', () => {
    const source = validSource();
    delete entryOf(source, 'plays', 'price-first').data.owner;
    entryOf(source, 'foundations', 'rhythm').data.reviewed = 'last spring';
    entryOf(source, 'phases', '2').data.owner = 42;
    const files = reviewRecords(source).map((record) => record.file);
    expect(files).not.toContain('content/plays/price-first.mdx');
    expect(files).not.toContain('content/foundations/rhythm.mdx');
    expect(files).not.toContain('content/phases/2.mdx');
    expect(files).toHaveLength(6);
  });
});

describe('stale entries', () => {
  const today = new Date('2026-10-14T12:00:00Z');
  const daysAgo = (days: number) => new Date(today.getTime() - days * 24 * 60 * 60 * 1000);
  const record = (file: string, days: number): ReviewRecord => ({ file, kind: 'stage', owner: 'Sales', reviewed: daysAgo(days) });

  it(`are those reviewed more than ${STALE_AFTER_DAYS} days ago, oldest first`, () => {
    const records = [record('b.mdx', 200), record('fresh.mdx', 10), record('edge.mdx', STALE_AFTER_DAYS), record('a.mdx', 400), record('just.mdx', STALE_AFTER_DAYS + 1)];
    expect(staleRecords(records, today).map((entry) => entry.file)).toEqual(['a.mdx', 'b.mdx', 'just.mdx']);
  });

  it('are sorted by file when reviewed on the same day', () => {
    expect(staleRecords([record('z.mdx', 300), record('m.mdx', 300)], today).map((entry) => entry.file)).toEqual(['m.mdx', 'z.mdx']);
  });

  it('follow another limit when one is given', () => {
    expect(staleRecords([record('a.mdx', 40), record('b.mdx', 20)], today, 30).map((entry) => entry.file)).toEqual(['a.mdx']);
  });
});

describe('a line of the review report', () => {
  it('gives the date, the age in whole days, the file, its kind and its owner, in columns', () => {
    const record: ReviewRecord = { file: 'content/stages/showroom/trade-in.mdx', kind: 'stage', owner: 'Sales enablement', reviewed: new Date('2026-03-02T00:00:00Z') };
    expect(formatReviewLine(record, new Date('2026-10-14T18:00:00Z'))).toBe('2026-03-02   226 days  content/stages/showroom/trade-in.mdx  (stage, Sales enablement)');
  });
});
