import { describe, expect, it } from 'vitest';
import type { PlaybookSource, RawEntry } from '../../../src/lib/content/source';
import { wordtrackRecords, wordtrackWeights } from '../../../src/lib/search/wordtrack-records';
import { objectionRecords } from '../../../src/lib/search/objection-records';
import { objectionTypeLabel } from '../../../src/schemas/objection';

const file = 'content/wordtracks/showroom/test-drive.yaml';
const stage = (id: string, title: string, track: string, order = 1): RawEntry => ({ collection: 'stages', file: `content/stages/${track}/${id}.mdx`, id, data: { title, track, order } });
const source = (entries: RawEntry[], wordtracks: Record<string, unknown>[]): PlaybookSource => ({
  entries,
  wordtrackFiles: [{ file, stage: 'test-drive', data: { owner: 'Sales enablement', reviewed: '2026-10-01', wordtracks } }],
  issues: [],
});

describe('a wordtrack’s search record', () => {
  const records = wordtrackRecords(
    source(
      [{ collection: 'tracks', file: 'content/tracks.yaml', id: 'showroom', data: { id: 'showroom', title: 'The showroom sale', order: 1 } }, stage('test-drive', 'The test drive', 'showroom'), stage('trade-in', 'The trade-in', 'showroom', 2)],
      [
        { id: 'td-open-1', text: 'Take the road you drive every day.', when: 'Leaving the lot.', why: 'Real roads.', insteadOf: 'Want to take it for a spin?', intent: 'open', phase: 2, tags: ['route', 'commute'], stages: ['trade-in'] },
        { id: 'td-commit-1', text: 'Shall we look at the numbers?', when: 'Back at the desk.', why: 'They asked.', intent: 'commit', phase: 3 },
      ],
    ),
  );

  it('lands on the wordtrack in the library, titled with its text, with when, tags, why and the line it replaces to find it by', () => {
    expect(records[0]).toEqual({
      url: '/wordtracks/showroom/#td-open-1',
      title: 'Take the road you drive every day.',
      parts: [
        { text: 'Leaving the lot.', weight: wordtrackWeights.when },
        { text: 'route, commute', weight: wordtrackWeights.tags },
        { text: 'Real roads.', weight: wordtrackWeights.why },
        { text: 'Want to take it for a spin?', weight: wordtrackWeights.insteadOf },
      ],
      meta: { track: 'The showroom sale', stage: 'The test drive', intent: 'Open' },
      filters: { type: ['wordtrack'], track: ['showroom'], stage: ['test-drive', 'trade-in'], phase: ['2'], intent: ['open'] },
    });
  });

  it('needs no tags, other stages or line it replaces, and leaves the phase to the filters', () => {
    expect(records[1]).toMatchObject({
      url: '/wordtracks/showroom/#td-commit-1',
      title: 'Shall we look at the numbers?',
      parts: [
        { text: 'Back at the desk.', weight: wordtrackWeights.when },
        { text: '', weight: wordtrackWeights.tags },
        { text: 'They asked.', weight: wordtrackWeights.why },
        { text: '', weight: wordtrackWeights.insteadOf },
      ],
      meta: { intent: 'Ask for commitment' },
      filters: { stage: ['test-drive'], phase: ['3'] },
    });
    expect(records[1]!.meta).not.toHaveProperty('phase');
  });

  it('names the wordtrack’s stage, even when another kind of entry shares the stage’s id', () => {
    const [record] = wordtrackRecords(
      source(
        [stage('test-drive', 'The test drive', 'showroom'), { collection: 'objections', file: 'content/objections/test-drive.yaml', id: 'test-drive', data: { title: 'Can I drive it alone?' } }],
        [{ id: 'td-open-1', text: 'Where do you drive most?', when: 'W.', why: 'Y.', intent: 'open', phase: 2 }],
      ),
    );
    expect(record!.meta.stage).toBe('The test drive');
    expect(record!.filters.track).toEqual(['showroom']);
  });

  it('one record per wordtrack of every file, nothing for other entries', () => {
    expect(records.map((record) => record.url)).toEqual(['/wordtracks/showroom/#td-open-1', '/wordtracks/showroom/#td-commit-1']);
  });
});

describe('an objection’s search record', () => {
  const objection = {
    title: 'I need to think about it',
    type: 'trust',
    tracks: ['showroom', 'consultative'],
    phase: 3,
    stages: ['trade-in'],
    alsoHeard: ['Let me sleep on it'],
    means: 'A worry not yet said.',
    ask: 'Which part would you like to think through?',
    responses: [{ text: 'Shall I write down the total price?' }, { text: 'A no is a fine answer too.' }],
    avoid: [{ line: 'What is there to think about?' }],
    tags: ['stall'],
  };
  const entry: RawEntry = { collection: 'objections', file: 'content/objections/think-about-it.yaml', id: 'think-about-it', data: objection };

  it('holds what the rep hears, what it means, what to ask and what to say, at the objection’s anchor, never the line to avoid', () => {
    expect(objectionRecords(source([stage('trade-in', 'The trade-in', 'showroom'), entry], []))).toEqual([
      {
        url: '/objections/#think-about-it',
        title: 'I need to think about it',
        parts: [
          { text: 'I need to think about it', weight: 10 },
          { text: 'Let me sleep on it', weight: 5 },
          { text: 'What it often means: A worry not yet said.', weight: 1 },
          { text: 'Ask first: Which part would you like to think through?', weight: 1 },
          { text: 'Shall I write down the total price?', weight: 1 },
          { text: 'A no is a fine answer too.', weight: 1 },
          { text: 'stall', weight: 2 },
        ],
        meta: { title: 'I need to think about it', objection: objectionTypeLabel.trust, phase: 'Phase III' },
        filters: { type: ['objection'], track: ['showroom', 'consultative'], stage: ['trade-in'], phase: ['3'] },
      },
    ]);
  });

  it('needs nothing else heard and no tags', () => {
    const { alsoHeard: _heard, tags: _tags, ...plain } = objection;
    const [record] = objectionRecords(source([{ ...entry, data: plain }], []));
    expect(record!.parts.map((part) => part.text)).toEqual([
      'I need to think about it',
      'What it often means: A worry not yet said.',
      'Ask first: Which part would you like to think through?',
      'Shall I write down the total price?',
      'A no is a fine answer too.',
    ]);
  });
});
