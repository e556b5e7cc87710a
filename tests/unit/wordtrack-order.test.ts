import { describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import { flattenWordtrackFile } from '../../src/lib/content/source';
import { inAuthorOrder } from '../../src/lib/content/wordtrack-order';

// Two stage files whose ids sort the other way from how the author wrote them, and stages named so that their
// alphabetical order (explore, first) is the reverse of the track's (first, explore).
const files = {
  'first-conversation': `owner: Sales enablement
reviewed: 2026-10-01
wordtracks:
  - { id: fc-open-1, text: a, intent: open, phase: 1, when: w, why: y }
  - { id: fc-discover-1, text: b, intent: discover, phase: 1, when: w, why: y }
  - { id: fc-commit-1, text: c, intent: commit, phase: 1, when: w, why: y }
  - { id: fc-transition-1, text: d, intent: transition, phase: 1, when: w, why: y }
`,
  'explore-problem': `owner: Sales enablement
reviewed: 2026-10-01
wordtracks:
  - { id: ep-open-1, text: e, intent: open, phase: 1, when: w, why: y }
  - { id: ep-confirm-1, text: f, intent: confirm, phase: 1, when: w, why: y, stages: [first-conversation] }
  - { id: ep-concern-1, text: g, intent: concern, phase: 1, when: w, why: y }
`,
};
const stageIds = ['first-conversation', 'explore-problem'];

/** What the wordtrack loader stores, handed back the way Astro's store does: sorted by id. */
function fromStore() {
  return Object.entries(files)
    .flatMap(([stage, text]) => flattenWordtrackFile(stage, parse(text)))
    .map((entry) => ({ id: String(entry.id), position: entry.position as number, stages: (entry.stages as string[]).map((id) => ({ id })) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('wordtracks in the author’s order', () => {
  it('the loader numbers each entry by its place in its file', () => {
    const positions = flattenWordtrackFile('first-conversation', parse(files['first-conversation'])).map((entry) => [entry.id, entry.position]);
    expect(positions).toEqual([['fc-open-1', 0], ['fc-discover-1', 1], ['fc-commit-1', 2], ['fc-transition-1', 3]]);
  });

  it('puts them back in file order, stage by stage in the track’s order, whatever order the store returns', () => {
    const stored = fromStore();
    expect(stored.map((wordtrack) => wordtrack.id)[0]).toBe('ep-concern-1');
    expect(inAuthorOrder(stored, stageIds).map((wordtrack) => wordtrack.id)).toEqual([
      'fc-open-1', 'fc-discover-1', 'fc-commit-1', 'fc-transition-1',
      'ep-open-1', 'ep-confirm-1', 'ep-concern-1',
    ]);
  });

  it('orders by the wordtrack’s own stage, not by the other stages it also serves', () => {
    const ordered = inAuthorOrder(fromStore().reverse(), stageIds).map((wordtrack) => wordtrack.id);
    expect(ordered.indexOf('ep-confirm-1')).toBeGreaterThan(ordered.indexOf('fc-transition-1'));
  });

  it('puts a wordtrack of a stage the track does not list after all the others', () => {
    const stray = { id: 'old-open-1', position: 0, stages: [{ id: 'retired-stage' }] };
    const ordered = inAuthorOrder([stray, ...fromStore()], stageIds).map((wordtrack) => wordtrack.id);
    expect(ordered.at(-1)).toBe('old-open-1');
    expect(ordered.slice(0, 4)).toEqual(['fc-open-1', 'fc-discover-1', 'fc-commit-1', 'fc-transition-1']);
  });

  it('leaves the list it was given as it was', () => {
    const stored = fromStore();
    const before = stored.map((wordtrack) => wordtrack.id);
    inAuthorOrder(stored, stageIds);
    expect(stored.map((wordtrack) => wordtrack.id)).toEqual(before);
  });
});
