import type { PlaybookSource, RawEntry } from '../../src/lib/content/source';

const fresh = { owner: 'Sales enablement', reviewed: '2026-10-01' };

/** A small playbook that passes every check: one track of two stages, a phase, a foundation, a play and more. */
export function validSource(): PlaybookSource {
  const entries: RawEntry[] = [
    { collection: 'tracks', file: 'content/tracks.yaml', id: 'showroom', data: { id: 'showroom', title: 'The showroom sale', summary: 'Selling a car.', order: 1, audience: 'Showroom consultants.' } },
    { collection: 'stages', file: 'content/stages/showroom/test-drive.mdx', id: 'test-drive', body: 'Why it matters. <Wordtrack id="td-open-1" />', data: stage('The test drive', 1, 'trade-in') },
    { collection: 'stages', file: 'content/stages/showroom/trade-in.mdx', id: 'trade-in', body: 'Body.', data: stage('The trade-in', 2) },
    { collection: 'phases', file: 'content/phases/2.mdx', id: '2', body: 'Body.', data: { number: 2, title: 'Weighing solutions', summary: 'S.', buyerFocus: 'B.', sellerFocus: 'S.', signals: ['They compare options.'], misalignment: ['You are still probing.'], ...fresh } },
    { collection: 'foundations', file: 'content/foundations/rhythm.mdx', id: 'rhythm', body: 'Body.', data: { title: 'Rhythm', order: 1, summary: 'Five habits.', ...fresh } },
    { collection: 'plays', file: 'content/plays/price-first.mdx', id: 'price-first', body: 'Body.', data: { title: 'Price first', moment: 'They ask for a price first', summary: 'S.', signals: ['Price question.'], phase: 1, stages: ['test-drive'], steps: ['Ask what they compare it with.'], wordtracks: ['td-open-1'], outcome: 'They talk about needs.', ...fresh } },
    { collection: 'wordtracks', file: 'content/wordtracks/showroom/test-drive.yaml', id: 'td-open-1', data: wordtrack('td-open-1') },
    { collection: 'wordtracks', file: 'content/wordtracks/showroom/test-drive.yaml', id: 'td-transition-1', data: { ...wordtrack('td-transition-1'), intent: 'transition', stages: ['trade-in'] } },
    { collection: 'glossary', file: 'content/glossary.yaml', id: 'phase-two', data: { id: 'phase-two', term: 'Phase II', definition: 'Weighing solutions.', seeAlso: ['alignment'] } },
    { collection: 'glossary', file: 'content/glossary.yaml', id: 'alignment', data: { id: 'alignment', term: 'Alignment', definition: 'Being in step.' } },
    { collection: 'selfcheck', file: 'content/selfcheck.yaml', id: 'compares', data: { id: 'compares', part: 'buyer', group: 'What they talk about', text: 'They compare options', phase: 2, weight: 2 } },
    { collection: 'followups', file: 'content/followups.yaml', id: 'no-show', data: followup('no-show') },
    { collection: 'personas', file: 'content/personas.yaml', id: 'commuter', data: persona('commuter') },
    { collection: 'coach', file: 'content/coach.yaml', id: 'pitch', data: { id: 'pitch', kind: 'telling', label: 'pitch', patterns: ['\\bpitch\\w*\\s+(?<thing>.+)'], why: 'A pitch is the same for every buyer.', rewrites: ['I need to understand whether {thing} matters to them'] } },
    { collection: 'objections', file: 'content/objections/think-about-it.yaml', id: 'think-about-it', data: objection() },
  ];
  return {
    entries,
    wordtrackFiles: [{ file: 'content/wordtracks/showroom/test-drive.yaml', stage: 'test-drive', data: { ...fresh, wordtracks: [{}, {}] } }],
    issues: [],
  };
}

function stage(title: string, order: number, next?: string) {
  return {
    title, track: 'showroom', order, summary: 'S.', phase: 2, goal: 'G.', backstage: ['Fuel the car.'],
    moves: [{ title: 'Let them drive', detail: 'Their roads.' }], transition: 'T.', ...(next ? { next } : {}),
    mistakes: [{ mistake: 'Talking', instead: 'Listen' }], ...fresh,
  };
}

function followup(id: string) {
  return {
    id, situation: 'A missed appointment', track: 'showroom', stages: ['test-drive'], goal: 'Make rebooking easy.',
    templates: [
      { channel: 'text', timing: 'Thirty minutes later.', body: 'Hi [name], would [day] suit better? Reply STOP to opt out.', consent: 'Only with consent to texts.' },
      { channel: 'email', timing: 'The next morning.', subject: 'Another time?', body: 'Hi [name], shall we find another time?', consent: 'With a way to unsubscribe.' },
    ],
    ...fresh,
  };
}

function persona(id: string) {
  return {
    id, name: 'The commuter', track: 'showroom', who: 'Drives an hour a day.', matters: ['Running costs.'],
    questions: [{ text: 'How far is the drive?', kind: 'situation' }], avoid: ['A short test loop.'], ...fresh,
  };
}

function wordtrack(id: string) {
  return { id, text: 'Take the road you drive every day.', intent: 'open', phase: 2, when: 'Leaving the lot.', why: 'Real roads.', tags: ['drive'] };
}

function objection() {
  return {
    title: 'I need to think about it', type: 'trust', tracks: ['showroom'], phase: 3, stages: ['trade-in'],
    means: 'A worry not yet said.', ask: 'Which part would you like to think through?',
    responses: [{ track: 'showroom', text: 'Shall I write down the total price?', why: 'The real number travels home.' }, { text: 'A no is a fine answer too.', why: 'Honest answers.' }],
    avoid: [{ line: "What's there to think about?", why: 'It makes the doubt sound foolish.' }], wordtracks: ['td-open-1'], ...fresh,
  };
}

/** The entry of `collection` with `id`, to change in a test. */
export function entryOf(source: PlaybookSource, collection: RawEntry['collection'], id: string): RawEntry & { data: Record<string, unknown> } {
  const entry = source.entries.find((candidate) => candidate.collection === collection && candidate.id === id);
  if (!entry) throw new Error(`fixture has no ${collection} "${id}"`);
  return entry as RawEntry & { data: Record<string, unknown> };
}
