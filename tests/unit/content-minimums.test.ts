import { describe, expect, it } from 'vitest';
import { readPlaybook, type RawEntry } from '../../src/lib/content/source';
import { wordtrackIntents } from '../../src/schemas/wordtrack';
import { followupChannels } from '../../src/schemas/followup';
import { questionKinds } from '../../src/schemas/plan';

// The playbook's promised depth (issue "The playbook's words"): a later edit cannot quietly fall below it.
const source = readPlaybook('content');
const data = <T>(collection: RawEntry['collection']) => source.entries.filter((entry) => entry.collection === collection) as (RawEntry & { data: T; body: string })[];

interface Stage { title: string; track: string; backstage: string[]; moves: unknown[]; mistakes: unknown[]; next?: string; transition: string; summary: string; goal: string }
interface Wordtrack { id: string; text: string; intent: string; phase: number; when: string; why: string; insteadOf?: string; stages?: string[] }
const stages = data<Stage>('stages');
const wordtracks = source.wordtrackFiles.flatMap((file) => (file.data as { wordtracks: Wordtrack[] }).wordtracks.map((wordtrack) => ({ ...wordtrack, stage: file.stage })));
const trackOf = new Map(stages.map((stage) => [stage.id, stage.data.track]));
const onTrack = (track: string) => wordtracks.filter((wordtrack) => trackOf.get(wordtrack.stage) === track);
const words = (text: string) => text.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length;

describe('tracks and stages', () => {
  it('the showroom track has its nine stages (the eight segments and the price negotiation) and the consultative track at least eight', () => {
    expect(stages.filter((stage) => stage.data.track === 'showroom')).toHaveLength(9);
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

// The last stage too: its transition opens the next cycle, as the referrals stage hands back to the invitation.
describe.each([...new Set(stages.map((stage) => stage.data.track))])('every stage of the %s track', (track) => {
  it.each(stages.filter((stage) => stage.data.track === track).map((stage) => [stage.id]))('%s has a transition wordtrack', (id) => {
    expect(wordtracks.filter((wordtrack) => wordtrack.stage === id && wordtrack.intent === 'transition').length).toBeGreaterThanOrEqual(1);
  });
});

describe('wordtracks', () => {
  it('the playbook holds at least 220, at least 110 on each track', () => {
    expect(wordtracks.length).toBeGreaterThanOrEqual(220);
    expect(onTrack('showroom').length).toBeGreaterThanOrEqual(110);
    expect(onTrack('consultative').length).toBeGreaterThanOrEqual(110);
  });

  it('use one placeholder convention, square brackets, for what the rep fills in', () => {
    const otherPlaceholders = wordtracks.filter((wordtrack) => /\{[^}]*\}|<[a-z][^>]*>|_{3,}|\bX{2,}\b/.test(wordtrack.text));
    expect(otherPlaceholders.map((wordtrack) => wordtrack.id)).toEqual([]);
    expect(wordtracks.filter((wordtrack) => /\[[a-z][^\]]*\]/.test(wordtrack.text)).length).toBeGreaterThan(20);
  });

  it("leave an example's prices and rates out of what a showroom rep says, as placeholders", () => {
    const figures = onTrack('showroom').filter((wordtrack) => /\$\s?\d|\d\s?(%|percent\b)/.test(wordtrack.text));
    expect(figures.map((wordtrack) => wordtrack.id)).toEqual([]);
  });

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

describe('follow-up templates, personas and the never-say page', () => {
  interface Template { channel: string; body: string; timing: string; consent: string }
  const followups = data<{ track: string; templates: Template[] }>('followups');
  const personas = data<{ track: string; questions: { kind: string }[] }>('personas');

  it('cover at least five situations on both tracks, each with an email, a voicemail and a text', () => {
    expect(followups.length).toBeGreaterThanOrEqual(5);
    expect(followups.filter((entry) => entry.data.track === 'showroom').length).toBeGreaterThanOrEqual(3);
    expect(followups.filter((entry) => entry.data.track === 'consultative').length).toBeGreaterThanOrEqual(2);
    for (const entry of followups) expect(entry.data.templates.map((template) => template.channel).sort(), entry.id).toEqual([...followupChannels].sort());
  });

  it('give every text an opt-out and every message timing, consent notes and placeholders', () => {
    const messages = followups.flatMap((entry) => entry.data.templates.map((template) => ({ id: `${entry.id}-${template.channel}`, ...template })));
    expect(messages.filter((message) => message.channel === 'text' && !/\bSTOP\b/.test(message.body)).map((message) => message.id)).toEqual([]);
    expect(messages.filter((message) => words(message.timing) < 3 || words(message.consent) < 8).map((message) => message.id)).toEqual([]);
    expect(messages.filter((message) => !/\[[a-z][^\]]*\]/.test(message.body)).map((message) => message.id)).toEqual([]);
  });

  it('hold nine personas, at least four for the showroom and five for the consultative sale', () => {
    expect(personas.length).toBeGreaterThanOrEqual(9);
    expect(personas.filter((entry) => entry.data.track === 'showroom').length).toBeGreaterThanOrEqual(4);
    expect(personas.filter((entry) => entry.data.track === 'consultative').length).toBeGreaterThanOrEqual(5);
  });

  it.each(personas.map((entry) => [entry.id, entry]))('persona %s asks questions of every kind', (_id, entry) => {
    expect(new Set(entry.data.questions.map((question) => question.kind))).toEqual(new Set(questionKinds));
  });

  it('the never-say page covers payments, fees, F&I, reviews, privacy and fair lending, each line with what to say instead', () => {
    const page = data('foundations').find((entry) => entry.id === 'never-say');
    expect(page, 'content/foundations/never-say.mdx').toBeDefined();
    const headings = [...page!.body.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.toLowerCase());
    for (const topic of ['payment', 'fees', 'finance and insurance', 'reviews', 'privacy', 'fair lending']) {
      expect(headings.some((heading) => heading.includes(topic)), topic).toBe(true);
    }
    const rows = page!.body.split('\n').filter((line) => line.startsWith('| "') || line.startsWith('| ['));
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) expect(row.split('|').filter((cell) => cell.trim()).length, row).toBe(3);
  });
});
