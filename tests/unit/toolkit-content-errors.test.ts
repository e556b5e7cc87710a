import { describe, expect, it } from 'vitest';
import { validatePlaybook } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/issues';
import type { PlaybookSource } from '../../src/lib/content/source';
import { entryOf, validSource } from '../support/playbook-fixture';

function broken(change: (source: PlaybookSource) => void): string[] {
  const source = validSource();
  change(source);
  return validatePlaybook(source).map(formatIssue);
}

const F = 'content/followups.yaml: follow-up "no-show"';
const P = 'content/personas.yaml: persona "commuter"';
type Template = Record<string, unknown>;
const templates = (source: PlaybookSource) => entryOf(source, 'followups', 'no-show').data.templates as Template[];
const questions = (source: PlaybookSource) => entryOf(source, 'personas', 'commuter').data.questions as Template[];

describe('follow-up templates and personas are checked like every other entry', () => {
  const cases: [string, (source: PlaybookSource) => void, string][] = [
    ['an email without a subject', (s) => delete templates(s)[1]!.subject, `${F}: templates[1].subject is missing, expected a subject line: every email template needs one`],
    ['a text with a subject', (s) => (templates(s)[0]!.subject = 'Hello'), `${F}: templates[0].subject is "Hello", expected no subject: only email templates have one`],
    ['an unknown channel', (s) => (templates(s)[0]!.channel = 'fax'), `${F}: templates[0].channel is "fax", expected one of email, voicemail, text`],
    ['a channel listed twice', (s) => (templates(s)[1] = { ...templates(s)[0] }), `${F}: templates is a list of 2, expected one message per channel; a channel is listed twice`],
    ['a message without consent notes', (s) => delete templates(s)[0]!.consent, `${F}: templates[0].consent is missing, expected a sentence on the consent it needs and how the buyer opts out`],
    ['an empty message', (s) => (templates(s)[0]!.body = ' '), `${F}: templates[0].body is " ", expected the words of the message`],
    ['a follow-up for a stage that does not exist', (s) => (entryOf(s, 'followups', 'no-show').data.stages = ['test-drve']), `${F}: stages[0]: stage "test-drve" does not exist; did you mean "test-drive"?`],
    ['a follow-up with no messages', (s) => (entryOf(s, 'followups', 'no-show').data.templates = []), `${F}: templates is a list of 0, expected at least 1 message`],
    ['a persona on an unknown track', (s) => (entryOf(s, 'personas', 'commuter').data.track = 'showrom'), `${P}: track: track "showrom" does not exist; did you mean "showroom"?`],
    ['a question of an unknown kind', (s) => (questions(s)[0]!.kind = 'why'), `${P}: questions[0].kind is "why", expected one of situation, problem, impact, outcome, confirm`],
    ['a persona without questions', (s) => (entryOf(s, 'personas', 'commuter').data.questions = []), `${P}: questions is a list of 0, expected at least 1 question`],
    ['a misspelt persona field', (s) => { const data = entryOf(s, 'personas', 'commuter').data; data.mattters = data.matters; delete data.matters; }, `${P}: mattters: is not a field; did you mean "matters"?`],
    ['a persona id used twice', (s) => s.entries.push({ ...entryOf(s, 'personas', 'commuter') }), `${P}: id is "commuter", expected an id used only once; it is already used in content/personas.yaml`],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    expect(broken(change)).toEqual([expected]);
  });

  it('refuses the position field the site adds itself, so an author cannot reorder entries by accident', () => {
    const [message] = broken((s) => (entryOf(s, 'personas', 'commuter').data.position = 3));
    expect(message).toMatch(new RegExp(`^${P}: position: is not a field`));
  });
});
