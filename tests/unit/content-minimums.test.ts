import { describe, expect, it } from 'vitest';
import { readPlaybook, type RawEntry } from '../../src/lib/content-source';
import { wordtrackIntents } from '../../src/schemas/wordtrack';

// The playbook's promised depth (issue "The playbook's words"): a later edit cannot quietly fall below it.
const source = readPlaybook('content');
const data = <T>(collection: RawEntry['collection']) => source.entries.filter((entry) => entry.collection === collection) as (RawEntry & { data: T; body: string })[];

interface Stage { title: string; track: string; backstage: string[]; moves: unknown[]; mistakes: unknown[]; next?: string; transition: string; summary: string; goal: string }
interface Wordtrack { id: string; intent: string; phase: number; when: string; why: string; insteadOf?: string; stages?: string[] }
const stages = data<Stage>('stages');
const wordtracks = source.wordtrackFiles.flatMap((file) => (file.data as { wordtracks: Wordtrack[] }).wordtracks.map((wordtrack) => ({ ...wordtrack, stage: file.stage })));
const words = (text: string) => text.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length;

describe('tracks and stages', () => {
  it('the showroom track has its eight stages and the consultative track at least eight', () => {
    expect(stages.filter((stage) => stage.data.track === 'showroom')).toHaveLength(8);
    expect(stages.filter((stage) => stage.data.track === 'consultative').length).toBeGreaterThanOrEqual(8);
  });

  it.each(stages.map((stage) => [stage.id, stage]))('stage %s is complete', (_id, stage) => {
    const { data: page, body } = stage;
    expect(page.backstage.length).toBeGreaterThanOrEqual(5);
    expect(page.moves.length).toBeGreaterThanOrEqual(3);
    expect(page.mistakes.length).toBeGreaterThanOrEqual(3);
    const frontmatterText = [page.summary, page.goal, page.transition, ...page.backstage, ...JSON.stringify(page.moves).split(','), ...JSON.stringify(page.mistakes).split(',')].join(' ');
    expect(words(frontmatterText) + words(body)).toBeGreaterThanOrEqual(300);
  });

  it.each(stages.map((stage) => [stage.id, stage.data.next]))('stage %s has at least six wordtracks and a transition into its next stage', (id, next) => {
    const own = wordtracks.filter((wordtrack) => wordtrack.stage === id);
    expect(own.length).toBeGreaterThanOrEqual(6);
    if (next) expect(own.filter((wordtrack) => wordtrack.intent === 'transition').length).toBeGreaterThanOrEqual(1);
  });
});

describe('wordtracks', () => {
  it('number at least 120, with at least 30 carrying the pushy version they replace', () => {
    expect(wordtracks.length).toBeGreaterThanOrEqual(120);
    expect(wordtracks.filter((wordtrack) => wordtrack.insteadOf).length).toBeGreaterThanOrEqual(30);
  });

  it.each([1, 2, 3])('phase %i has at least thirty', (phase) => {
    expect(wordtracks.filter((wordtrack) => wordtrack.phase === phase).length).toBeGreaterThanOrEqual(30);
  });

  it.each(wordtrackIntents.map((intent) => [intent]))('intent %s has at least eight', (intent) => {
    expect(wordtracks.filter((wordtrack) => wordtrack.intent === intent).length).toBeGreaterThanOrEqual(8);
  });

  it('each says when to use it and why it works', () => {
    const thin = wordtracks.filter((wordtrack) => words(wordtrack.when ?? '') < 4 || words(wordtrack.why ?? '') < 6);
    expect(thin.map((wordtrack) => wordtrack.id)).toEqual([]);
  });
});

describe('phases, foundations, plays, glossary, self-check and coach', () => {
  it.each(data<{ signals: string[]; misalignment: string[] }>('phases').map((phase) => [phase.id, phase]))('phase %s has 400+ words, eight signals and four misalignment signs', (_id, phase) => {
    expect(phase.data.signals.length).toBeGreaterThanOrEqual(8);
    expect(phase.data.misalignment.length).toBeGreaterThanOrEqual(4);
    expect(words(phase.body)).toBeGreaterThanOrEqual(400);
  });

  it('there are at least six foundation pages and eight plays', () => {
    expect(data('foundations').length).toBeGreaterThanOrEqual(6);
    expect(data('plays').length).toBeGreaterThanOrEqual(8);
  });

  it('every play uses wordtracks that exist', () => {
    const ids = new Set(wordtracks.map((wordtrack) => wordtrack.id));
    for (const play of data<{ wordtracks: string[] }>('plays')) {
      expect(play.data.wordtracks.length).toBeGreaterThanOrEqual(2);
      for (const id of play.data.wordtracks) expect(ids, `${play.file} uses ${id}`).toContain(id);
    }
  });

  it('the glossary has at least 25 terms', () => {
    expect(data('glossary').length).toBeGreaterThanOrEqual(25);
  });

  it('the self-check has eight buyer signals and five agenda items per phase', () => {
    const items = data<{ part: string; phase: number }>('selfcheck');
    for (const phase of [1, 2, 3]) {
      expect(items.filter((item) => item.data.part === 'buyer' && item.data.phase === phase).length).toBeGreaterThanOrEqual(8);
      expect(items.filter((item) => item.data.part === 'seller' && item.data.phase === phase).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('the coach has at least fifteen telling patterns, each with a rewrite, and learning openers', () => {
    const rules = data<{ kind: string; rewrites?: string[] }>('coach');
    const telling = rules.filter((rule) => rule.data.kind === 'telling');
    expect(telling.length).toBeGreaterThanOrEqual(15);
    for (const rule of telling) expect(rule.data.rewrites?.length).toBeGreaterThanOrEqual(1);
    expect(rules.some((rule) => rule.data.kind === 'learning')).toBe(true);
  });
});
