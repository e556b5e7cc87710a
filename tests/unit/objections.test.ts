import { describe, expect, it } from 'vitest';
import { validatePlaybook } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/issues';
import type { PlaybookSource } from '../../src/lib/content/source';
import { readPlaybook } from '../../src/lib/content/source';
import { objectionGroups } from '../../src/lib/content/objections';
import { objectionRecords } from '../../src/lib/search/objection-records';
import { objectionTypeLabel, objectionTypes } from '../../src/schemas/objection';
import { entryOf, validSource } from '../support/playbook-fixture';

const O = 'content/objections/think-about-it.yaml: objection "think-about-it"';
function broken(change: (data: Record<string, unknown>, source: PlaybookSource) => void): string[] {
  const source = validSource();
  change(entryOf(source, 'objections', 'think-about-it').data, source);
  return validatePlaybook(source).map(formatIssue);
}

describe('an objection file is checked like every other entry', () => {
  it('a complete one passes', () => {
    expect(broken(() => {})).toEqual([]);
  });

  it.each([
    ['no diagnostic question', (d: Record<string, unknown>) => delete d.ask, [`${O}: ask is missing, expected the question to ask first`]],
    ['an unknown type', (d: Record<string, unknown>) => (d.type = 'money'), [`${O}: type is "money", expected one of ${objectionTypes.join(', ')}`]],
    ['phase 4', (d: Record<string, unknown>) => (d.phase = 4), [`${O}: phase is 4, expected 1, 2 or 3`]],
    ['one response', (d: Record<string, unknown>) => (d.responses = (d.responses as unknown[]).slice(0, 1)), [`${O}: responses is a list of 1, expected at least 2 responses`]],
    ['nothing to avoid', (d: Record<string, unknown>) => (d.avoid = []), [`${O}: avoid is a list of 0, expected at least 1 line to avoid`]],
    ['a response without why', (d: Record<string, unknown>) => delete (d.responses as Record<string, unknown>[])[1]!.why, [`${O}: responses[1].why is missing, expected a sentence on why it works`]],
    ['a misspelt field', (d: Record<string, unknown>) => { d.mean = d.means; delete d.means; }, [`${O}: mean: is not a field; did you mean "means"?`]],
    ['an unknown stage', (d: Record<string, unknown>) => (d.stages = ['trade-inn']), [`${O}: stages[0]: stage "trade-inn" does not exist; did you mean "trade-in"?`]],
    ['an unknown wordtrack', (d: Record<string, unknown>) => (d.wordtracks = ['td-opne-1']), [`${O}: wordtracks[0]: wordtrack "td-opne-1" does not exist; did you mean "td-open-1"?`]],
    ['a response for a track the objection is not listed for', (d: Record<string, unknown>) => ((d.responses as Record<string, unknown>[])[0]!.track = 'consultative'), [
      `${O}: responses[0].track is "consultative", expected one of the objection's tracks (showroom)`,
    ]],
    ['an unknown track', (d: Record<string, unknown>) => (d.tracks = ['showrom']), [`${O}: tracks[0]: track "showrom" does not exist; did you mean "showroom"?`]],
  ])('%s', (_case, change, expected) => {
    expect(broken(change)).toEqual(expected);
  });

  it('every track it is listed for has a response a rep there can use', () => {
    const messages = broken((data, source) => {
      source.entries.push({ collection: 'tracks', file: 'content/tracks.yaml', id: 'consultative', data: { id: 'consultative', title: 'Consultative', summary: 'B2B.', order: 2, audience: 'AEs.' } });
      data.tracks = ['showroom', 'consultative'];
      data.responses = [{ track: 'showroom', text: 'A.', why: 'B.' }, { track: 'showroom', text: 'C.', why: 'D.' }];
    });
    expect(messages).toEqual([`${O}: responses is a list of 2, expected a response a rep on the consultative track can use (one for that track, or one with no track)`]);
  });

  it('a response for a track the objection is not listed for names the tracks it is', () => {
    const messages = broken((data, source) => {
      source.entries.push({ collection: 'tracks', file: 'content/tracks.yaml', id: 'consultative', data: { id: 'consultative', title: 'Consultative', summary: 'B2B.', order: 2, audience: 'AEs.' } });
      source.entries.push({ collection: 'tracks', file: 'content/tracks.yaml', id: 'fleet', data: { id: 'fleet', title: 'Fleet', summary: 'Fleets.', order: 3, audience: 'Fleet reps.' } });
      data.tracks = ['showroom', 'consultative'];
      data.responses = [{ text: 'A.', why: 'B.' }, { track: 'fleet', text: 'C.', why: 'D.' }];
    });
    expect(messages).toEqual([`${O}: responses[1].track is "fleet", expected one of the objection's tracks (showroom, consultative)`]);
  });

  it('a misspelt track is reported once, not also as a track without a response', () => {
    const messages = broken((data) => {
      data.tracks = ['showroom', 'showrom'];
      data.responses = [{ track: 'showroom', text: 'A.', why: 'B.' }, { track: 'showroom', text: 'C.', why: 'D.' }];
    });
    expect(messages).toEqual([`${O}: tracks[1]: track "showrom" does not exist; did you mean "showroom"?`]);
  });
});

describe('objections grouped by type on their page', () => {
  const objection = (id: string, type: (typeof objectionTypes)[number], title: string) => ({ id, data: { type, title } });

  it('come in the order of the types, each under its label and anchor, types with none left out', () => {
    const groups = objectionGroups([objection('a', 'trust', 'Think about it'), objection('b', 'price', 'Too expensive'), objection('c', 'trust', 'Bad reviews')]);
    expect(groups.map(({ type, label, anchor, objections }) => ({ type, label, anchor, ids: objections.map((entry) => entry.id) }))).toEqual([
      { type: 'price', label: objectionTypeLabel.price, anchor: 'type-price', ids: ['b'] },
      { type: 'trust', label: objectionTypeLabel.trust, anchor: 'type-trust', ids: ['c', 'a'] },
    ]);
  });

  it('is no groups at all without objections', () => {
    expect(objectionGroups([])).toEqual([]);
  });
});

describe('the playbook’s objections', () => {
  const objections = readPlaybook('content').entries.filter((entry) => entry.collection === 'objections');
  const data = (entry: (typeof objections)[number]) => entry.data as { title: string; type: string; tracks: string[] };

  it('cover the twelve the issue names, or more, across both tracks and at least eight types', () => {
    expect(objections.length).toBeGreaterThanOrEqual(12);
    expect(new Set(objections.flatMap((entry) => data(entry).tracks))).toEqual(new Set(['showroom', 'consultative']));
    expect(new Set(objections.map((entry) => data(entry).type)).size).toBeGreaterThanOrEqual(8);
  });

  it('are grouped by type in the order of the types, each group by title', () => {
    const groups = objectionGroups(objections.map((entry) => ({ id: entry.id, data: entry.data as { type: (typeof objectionTypes)[number]; title: string } })));
    expect(groups.map((group) => group.type)).toEqual(objectionTypes.filter((type) => groups.some((group) => group.type === type)));
    expect(groups.flatMap((group) => group.objections).length).toBe(objections.length);
    for (const group of groups) {
      const titles = group.objections.map((objection) => objection.data.title);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    }
  });
});

describe('search records for objections', () => {
  const source = readPlaybook('content');
  const records = objectionRecords(source);

  it('give each objection its own record at its anchor, with the filters search offers', () => {
    const ids = source.entries.filter((entry) => entry.collection === 'objections').map((entry) => entry.id);
    expect(records.map((record) => record.url)).toEqual(ids.map((id) => `/objections/#${id}`));
    for (const record of records) {
      expect(record.filters.type).toEqual(['objection']);
      expect(record.filters.phase).toHaveLength(1);
      expect(record.filters.track!.length).toBeGreaterThan(0);
      expect(record.title).toBe(record.meta.title);
    }
  });

  it('hold what a rep hears and says, never the lines to avoid', () => {
    for (const entry of source.entries.filter((candidate) => candidate.collection === 'objections')) {
      const record = records.find((candidate) => candidate.url === `/objections/#${entry.id}`)!;
      const { avoid, ask } = entry.data as { avoid: { line: string }[]; ask: string };
      const text = [record.title, ...record.parts.map((part) => part.text)].join('\n');
      expect(text).toContain(ask);
      for (const { line } of avoid) expect(text, entry.id).not.toContain(line);
    }
  });
});
