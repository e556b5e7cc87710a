import { describe, expect, it } from 'vitest';
import { validatePlaybook } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/issues';
import type { PlaybookSource } from '../../src/lib/content/source';
import { entryOf, validSource } from '../support/playbook-fixture';

const messages = (source: PlaybookSource) => validatePlaybook(source).map(formatIssue);

function broken(change: (source: PlaybookSource) => void): string[] {
  const source = validSource();
  change(source);
  return messages(source);
}

describe('a valid playbook', () => {
  it('passes with no messages, one entry of every collection included', () => {
    const source = validSource();
    expect(new Set(source.entries.map((entry) => entry.collection)).size).toBe(12);
    expect(messages(source)).toEqual([]);
  });
});

describe('content errors name the file, entry, field, value and what was expected', () => {
  const T = 'content/wordtracks/showroom/test-drive.yaml';
  const cases: [string, (source: PlaybookSource) => void, string][] = [
    ['a phase of 7', (s) => (entryOf(s, 'wordtracks', 'td-open-1').data.phase = 7), `${T}: wordtrack "td-open-1": phase is 7, expected 1, 2 or 3`],
    ['phase 0', (s) => (entryOf(s, 'wordtracks', 'td-open-1').data.phase = 0), `${T}: wordtrack "td-open-1": phase is 0, expected 1, 2 or 3`],
    ['phase 4 on a stage', (s) => (entryOf(s, 'stages', 'trade-in').data.phase = 4), 'content/stages/showroom/trade-in.mdx: stage "trade-in": phase is 4, expected 1, 2 or 3'],
    ['a missing field', (s) => delete entryOf(s, 'wordtracks', 'td-open-1').data.when, `${T}: wordtrack "td-open-1": when is missing, expected a sentence on when to use it`],
    ['a wrong type', (s) => (entryOf(s, 'stages', 'test-drive').data.order = 'third'), 'content/stages/showroom/test-drive.mdx: stage "test-drive": order is "third", expected a whole number'],
    ['an unknown intent', (s) => (entryOf(s, 'wordtracks', 'td-open-1').data.intent = 'close'), `${T}: wordtrack "td-open-1": intent is "close", expected one of open, discover, deepen, confirm, transition, concern, commit, referral`],
    ['empty text', (s) => (entryOf(s, 'wordtracks', 'td-open-1').data.text = '   '), `${T}: wordtrack "td-open-1": text is "   ", expected the words a rep says`],
    ['a misspelt field', (s) => { const data = entryOf(s, 'wordtracks', 'td-open-1').data; data.whne = data.when; delete data.when; }, `${T}: wordtrack "td-open-1": whne: is not a field; did you mean "when"?`],
    ['an unknown stage reference', (s) => (entryOf(s, 'plays', 'price-first').data.stages = ['test-drve']), 'content/plays/price-first.mdx: play "price-first": stages[0]: stage "test-drve" does not exist; did you mean "test-drive"?'],
    ['an unknown wordtrack id in MDX', (s) => (entryOf(s, 'stages', 'test-drive').body = '<Wordtrack id="td-opne-1" />'), 'content/stages/showroom/test-drive.mdx: stage "test-drive": <Wordtrack id="td-opne-1">: wordtrack "td-opne-1" does not exist; did you mean "td-open-1"?'],
    ['an unknown track with no near match', (s) => (entryOf(s, 'stages', 'trade-in').data.track = 'retail-banking'), 'content/stages/showroom/trade-in.mdx: stage "trade-in": track: track "retail-banking" does not exist; expected the id of a track in content/tracks.yaml'],
    ['a duplicate wordtrack id', (s) => s.entries.push({ ...entryOf(s, 'wordtracks', 'td-open-1'), file: 'content/wordtracks/showroom/trade-in.yaml' }), 'content/wordtracks/showroom/trade-in.yaml: wordtrack "td-open-1": id is "td-open-1", expected an id used only once; it is already used in content/wordtracks/showroom/test-drive.yaml'],
    ['a next stage in another track', (s) => {
      s.entries.push({ collection: 'tracks', file: 'content/tracks.yaml', id: 'consultative', data: { id: 'consultative', title: 'Consultative', summary: 'B2B.', order: 2, audience: 'AEs.' } });
      const tradeIn = entryOf(s, 'stages', 'trade-in');
      tradeIn.data.track = 'consultative';
      tradeIn.file = 'content/stages/consultative/trade-in.mdx';
    }, 'content/stages/showroom/test-drive.mdx: stage "test-drive": next is "trade-in", expected a stage of the track "showroom", but "trade-in" is in "consultative"'],
    ['a stage order clash', (s) => (entryOf(s, 'stages', 'trade-in').data.order = 1), 'content/stages/showroom/trade-in.mdx: stage "trade-in": order is 1, expected a position not taken in the track "showroom"; "test-drive" (content/stages/showroom/test-drive.mdx) is already at 1'],
    ['a phase file whose number differs', (s) => (entryOf(s, 'phases', '2').data.number = 3), 'content/phases/2.mdx: phase "2": number is 3, expected 2, the number in the file name'],
    ['a wordtrack with no id', (s) => { const entry = entryOf(s, 'wordtracks', 'td-transition-1'); delete entry.data.id; entry.id = '#2'; }, `${T}: wordtrack #2: id is missing, expected a lowercase kebab-case id`],
    ['an id that is not kebab-case', (s) => (entryOf(s, 'glossary', 'alignment').data.id = 'Alignment Term'), 'content/glossary.yaml: glossary term "alignment": id is "Alignment Term", expected a lowercase kebab-case id such as "td-open-1"'],
    ['a bad review date', (s) => (entryOf(s, 'foundations', 'rhythm').data.reviewed = 'last spring'), 'content/foundations/rhythm.mdx: foundation "rhythm": reviewed is "last spring", expected a date such as 2026-10-14'],
    ['an empty checklist', (s) => (entryOf(s, 'stages', 'test-drive').data.backstage = []), 'content/stages/showroom/test-drive.mdx: stage "test-drive": backstage is a list of 0, expected at least 1 checklist items'],
    ['a nested field', (s) => ((entryOf(s, 'stages', 'test-drive').data.moves as { title: string }[])[0]!.title = ''), 'content/stages/showroom/test-drive.mdx: stage "test-drive": moves[0].title is "", expected a short title'],
    ['an unknown glossary link', (s) => (entryOf(s, 'glossary', 'phase-two').data.seeAlso = ['alignmnet']), 'content/glossary.yaml: glossary term "phase-two": seeAlso[0]: glossary term "alignmnet" does not exist; did you mean "alignment"?'],
    ['a broken coach pattern', (s) => (entryOf(s, 'coach', 'pitch').data.patterns = ['(unclosed']), 'content/coach.yaml: coach rule "pitch": patterns[0] is "(unclosed", expected a valid regular expression'],
    ['a self-check weight of 5', (s) => (entryOf(s, 'selfcheck', 'compares').data.weight = 5), 'content/selfcheck.yaml: self-check item "compares": weight is 5, expected 1, 2 or 3'],
    ['a phase without a title', (s) => delete entryOf(s, 'phases', '2').data.title, 'content/phases/2.mdx: phase "2": title is missing, expected a title'],
    ['an unknown stage with no near match', (s) => (entryOf(s, 'plays', 'price-first').data.stages = ['web-lead']), 'content/plays/price-first.mdx: play "price-first": stages[0]: stage "web-lead" does not exist; expected the id of a stage in content/stages/'],
    ['an unknown wordtrack with no near match', (s) => (entryOf(s, 'plays', 'price-first').data.wordtracks = ['follow-up-call']), 'content/plays/price-first.mdx: play "price-first": wordtracks[0]: wordtrack "follow-up-call" does not exist; expected the id of a wordtrack in content/wordtracks/'],
    ['an unknown glossary term with no near match', (s) => (entryOf(s, 'glossary', 'phase-two').data.seeAlso = ['churn']), 'content/glossary.yaml: glossary term "phase-two": seeAlso[0]: glossary term "churn" does not exist; expected the id of a glossary term in content/glossary.yaml'],
    ['a next stage that does not exist', (s) => (entryOf(s, 'stages', 'test-drive').data.next = 'trade-inn'), 'content/stages/showroom/test-drive.mdx: stage "test-drive": next: stage "trade-inn" does not exist; did you mean "trade-in"?'],
    ['a wordtrack for a stage that does not exist', (s) => (entryOf(s, 'wordtracks', 'td-transition-1').data.stages = ['trade-inn']), `${T}: wordtrack "td-transition-1": stages[0]: stage "trade-inn" does not exist; did you mean "trade-in"?`],
    ['a follow-up on a track that does not exist', (s) => (entryOf(s, 'followups', 'no-show').data.track = 'showrom'), 'content/followups.yaml: follow-up "no-show": track: track "showrom" does not exist; did you mean "showroom"?'],
    ['an unknown stage in a WordtrackList', (s) => (entryOf(s, 'stages', 'trade-in').body = 'All of them: <WordtrackList\n  stage="test-drve" />'), 'content/stages/showroom/trade-in.mdx: stage "trade-in": <WordtrackList stage="test-drve">: stage "test-drve" does not exist; did you mean "test-drive"?'],
    ['a Wordtrack written over two lines', (s) => (entryOf(s, 'stages', 'test-drive').body = "<Wordtrack\n  id='td-opne-1' />"), 'content/stages/showroom/test-drive.mdx: stage "test-drive": <Wordtrack id="td-opne-1">: wordtrack "td-opne-1" does not exist; did you mean "td-open-1"?'],
    ['an unknown field in a coach rule', (s) => (entryOf(s, 'coach', 'pitch').data.lable = 'pitch'), 'content/coach.yaml: coach rule "pitch": lable: is not a field'],
    ['a file that did not parse', (s) => s.issues.push({ file: 'content/coach.yaml', detail: 'is not valid YAML: bad indentation (3:2)' }), 'content/coach.yaml: is not valid YAML: bad indentation (3:2)'],
    ['a stage on an unknown track whose next is on a known one', (s) => (entryOf(s, 'stages', 'test-drive').data.track = 'retail'), 'content/stages/showroom/test-drive.mdx: stage "test-drive": track: track "retail" does not exist; expected the id of a track in content/tracks.yaml'],
    ['a wordtrack file without an owner', (s) => delete (s.wordtrackFiles[0]!.data as Record<string, unknown>).owner, `${T}: wordtrack file "test-drive": owner is missing, expected a team or role, such as "Sales enablement"`],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    expect(broken(change)).toEqual([expected]);
  });

  it('counts an entry without an id once, however many others lack one', () => {
    const found = broken((s) => {
      const first = entryOf(s, 'wordtracks', 'td-transition-1');
      delete first.data.id;
      first.id = '#2';
      s.entries.push({ ...first, file: 'content/wordtracks/showroom/trade-in.yaml', data: { ...first.data } });
    });
    expect(found).toEqual([
      `${T}: wordtrack #2: id is missing, expected a lowercase kebab-case id`,
      'content/wordtracks/showroom/trade-in.yaml: wordtrack #2: id is missing, expected a lowercase kebab-case id',
    ]);
  });

  it('reads a playbook with no tracks at all and says so once, not once for every entry on a track', () => {
    const found = broken((s) => (s.entries = s.entries.filter((entry) => entry.collection !== 'tracks')));
    expect(found).toEqual(['content/tracks.yaml: has no tracks; expected a list of tracks, each starting with "- id:"']);
  });

  it('reports every problem of a batch at once, not only the first', () => {
    const found = broken((s) => {
      entryOf(s, 'wordtracks', 'td-open-1').data.phase = 7;
      entryOf(s, 'plays', 'price-first').data.wordtracks = ['td-nope'];
      delete entryOf(s, 'foundations', 'rhythm').data.title;
    });
    expect(found).toHaveLength(3);
  });
});
