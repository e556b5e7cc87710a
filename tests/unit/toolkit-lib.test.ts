import { describe, expect, it } from 'vitest';
import { groupByTrack } from '../../src/lib/content/by-track';
import { templateAnchor } from '../../src/lib/content/followup-anchor';
import { freshnessOfMany, lastUpdated } from '../../src/lib/content/last-updated';
import { byPosition } from '../../src/loaders/ordered-file';

const entry = (id: string, track: string) => ({ id, data: { track: { id: track } } });

describe('groupByTrack', () => {
  it("keeps the tracks' order and each entry's place, and leaves out tracks with no entries", () => {
    const tracks = [{ id: 'showroom' }, { id: 'fleet' }, { id: 'consultative' }];
    const groups = groupByTrack(tracks, [entry('b', 'consultative'), entry('a', 'showroom'), entry('c', 'consultative')]);
    expect(groups.map((group) => [group.track.id, group.entries.map((item) => item.id)])).toEqual([
      ['showroom', ['a']],
      ['consultative', ['b', 'c']],
    ]);
  });
});

describe('freshnessOfMany', () => {
  const reviewed = (owner: string, date: string) => ({ data: { owner, reviewed: new Date(date) }, filePath: 'content/followups.yaml' });

  it('reports the stalest review with its owner, since the page is only as fresh as its oldest entry', () => {
    const freshness = freshnessOfMany([reviewed('Sales', '2026-11-01'), reviewed('F&I', '2026-03-02'), reviewed('Service', '2026-09-09')], 'content/followups.yaml');
    expect(freshness.owner).toBe('F&I');
    expect(freshness.reviewed.toISOString().slice(0, 10)).toBe('2026-03-02');
    expect(freshness.updated).toBeInstanceOf(Date);
  });

  it('reports the latest change to any of the entries’ files, whatever their order', () => {
    const files = ['README.md', 'content/coach.yaml'];
    const entries = files.map((filePath) => ({ data: { owner: 'Sales', reviewed: new Date('2026-10-01') }, filePath }));
    const newest = new Date(Math.max(...files.map((file) => lastUpdated(file).getTime())));
    expect(freshnessOfMany(entries, 'content/personas.yaml').updated).toEqual(newest);
    expect(freshnessOfMany([...entries].reverse(), 'content/personas.yaml').updated).toEqual(newest);
  });

  it('names the file when a page would have nothing to list', () => {
    expect(() => freshnessOfMany([], 'content/personas.yaml')).toThrow('content/personas.yaml has no entries');
  });
});

describe('byPosition', () => {
  it("puts entries back in their author's order after the data store sorted them by id", () => {
    const stored = [{ id: 'after-demo', data: { position: 3 } }, { id: 'no-show', data: { position: 1 } }, { id: 'web-lead', data: { position: 0 } }];
    expect(stored.sort(byPosition).map((item) => item.id)).toEqual(['web-lead', 'no-show', 'after-demo']);
  });
});

describe('templateAnchor', () => {
  it('joins the situation and the channel, so each message of a situation has its own link', () => {
    expect(templateAnchor('no-show', 'text')).toBe('no-show-text');
    expect(templateAnchor('no-show', 'email')).not.toBe(templateAnchor('no-show', 'text'));
  });
});
