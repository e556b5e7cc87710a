import { afterAll, describe, expect, it } from 'vitest';
import { checkFiles, removeFixtures, validFiles } from '../support/playbook-folder';

afterAll(removeFixtures);

type Files = Record<string, string | Buffer>;

/** The fixture playbook with one mistake made in it. */
function withMistake(change: (files: Files) => void) {
  const files: Files = validFiles();
  change(files);
  return checkFiles(files);
}

const edit = (files: Files, name: string, from: string | RegExp, to: string) => {
  const text = String(files[name]);
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${name} has no ${String(from)}`);
  files[name] = changed;
};
const move = (files: Files, from: string, to: string) => {
  files[to] = files[from]!;
  delete files[from];
};
const appendBody = (files: Files, name: string, text: string) => {
  files[name] = `${String(files[name])}\n${text}\n`;
};

describe('the fixture playbook', () => {
  it('passes the content check with no error and no warning', () => {
    expect(checkFiles(validFiles())).toEqual({ errors: [], warnings: [] });
  });
});

describe('each mistake fails the check with one message naming file and line, field, value and what was expected', () => {
  const cases: [string, (files: Files) => void, string][] = [
    // Dates are days of the calendar, not whatever a timestamp rolls over into.
    ['a month that does not exist', (f) => edit(f, 'foundations/rhythm.mdx', 'reviewed: 2026-10-01', 'reviewed: 2026-13-45'),
      'content/foundations/rhythm.mdx:6: foundation "rhythm": reviewed is "2026-13-45", expected a real calendar day such as 2026-10-14; there is no month 13'],
    ['30 February', (f) => edit(f, 'wordtracks/showroom/delivery.yaml', 'reviewed: 2026-10-01', 'reviewed: 2026-02-30'),
      'content/wordtracks/showroom/delivery.yaml:2: wordtrack file "delivery": reviewed is "2026-02-30", expected a real calendar day such as 2026-10-14; February 2026 has 28 days'],
    // The stage chain.
    ['a stage whose next is itself', (f) => edit(f, 'stages/showroom/trade-in.mdx', 'next: delivery', 'next: trade-in'),
      'content/stages/showroom/trade-in.mdx:14: stage "trade-in": next is "trade-in", expected the id of another stage; a stage cannot lead to itself (leave next out on the last stage)'],
    ['two stages that lead to each other', (f) => edit(f, 'stages/showroom/delivery.mdx', 'mistakes:', 'next: trade-in\nmistakes:'),
      'content/stages/showroom/delivery.mdx:14: stage "delivery": next is "trade-in", expected a stage later in the track, or no next on the last stage; delivery → trade-in → delivery goes round in a loop'],
    ['a stage file in another track\'s folder', (f) => move(f, 'stages/showroom/delivery.mdx', 'stages/consultative/delivery.mdx'),
      'content/stages/consultative/delivery.mdx:3: stage "delivery": track is "showroom", expected "consultative", the track of the folder the file is in; or move the file to content/stages/showroom/'],
    ['a wordtrack file named after no stage', (f) => move(f, 'wordtracks/showroom/delivery.yaml', 'wordtracks/showroom/delivry.yaml'),
      'content/wordtracks/showroom/delivry.yaml: wordtrack file "delivry": file name: "delivry" is not a stage; did you mean delivery.yaml?'],
    ['a wordtrack file in another track\'s folder', (f) => move(f, 'wordtracks/showroom/delivery.yaml', 'wordtracks/consultative/delivery.yaml'),
      'content/wordtracks/consultative/delivery.yaml: wordtrack file "delivery": folder is "consultative", expected "showroom", the track of stage "delivery"; move the file to content/wordtracks/showroom/'],
    // Files that do not read: one message each, and none for the links into what they hold.
    ['a YAML syntax error in a wordtrack file that a play and a stage link into', (f) => edit(f, 'wordtracks/showroom/test-drive.yaml', '    text: Words a rep says.', '   text: Words a rep says.'),
      'content/wordtracks/showroom/test-drive.yaml:5:4: is not valid YAML: bad indentation of a sequence entry; line it up with the fields above it'],
    ['a colon in an unquoted frontmatter value', (f) => edit(f, 'stages/showroom/trade-in.mdx', 'goal: A goal.', 'goal: Ask: what matters?'),
      'content/stages/showroom/trade-in.mdx:7:10: is not valid YAML: bad indentation of a mapping entry; a value with ": " or quotes inside needs quotes around it all, such as when: "Ask: what matters?"'],
    ['an empty wordtrack file', (f) => (f['wordtracks/showroom/test-drive.yaml'] = ''),
      'content/wordtracks/showroom/test-drive.yaml: is empty; expected owner, reviewed and a list under "wordtracks:"'],
    ['an empty wordtracks folder', (f) => Object.keys(f).filter((name) => name.startsWith('wordtracks/')).forEach((name) => delete f[name]),
      'content/wordtracks/: has no wordtracks; expected a file per stage, wordtracks/<track>/<stage>.yaml'],
    ['a file saved in Windows-1252', (f) => (f['foundations/rhythm.mdx'] = Buffer.from(String(f['foundations/rhythm.mdx']).replace('Be aware', 'Caf\u00e9: be aware'), 'latin1')),
      'content/foundations/rhythm.mdx:9: is not saved as UTF-8: this line has a character in another encoding (such as Windows-1252); expected UTF-8, so save the file again as UTF-8'],
    // MDX bodies that would fail to render.
    ['an unknown component', (f) => appendBody(f, 'foundations/rhythm.mdx', '<Callout>Careful.</Callout>'),
      'content/foundations/rhythm.mdx:11: foundation "rhythm": <Callout>: is not a component; expected one of <Aside>, <Checklist>, <PhaseBadge>, <Wordtrack>, <WordtrackList>'],
    ['a misspelt component', (f) => appendBody(f, 'foundations/rhythm.mdx', '<Wordtracks id="td-open-1" />'),
      'content/foundations/rhythm.mdx:11: foundation "rhythm": <Wordtracks>: is not a component; did you mean <Wordtrack>?'],
    ['an expression of something undefined', (f) => appendBody(f, 'foundations/rhythm.mdx', 'The total is {price.total}.'),
      'content/foundations/rhythm.mdx:11: foundation "rhythm": {price.total}: "price" is not defined; expected text (write \\{ for a brace) or an expression of frontmatter, such as {frontmatter.title}'],
    ['a phase prop written as text', (f) => appendBody(f, 'foundations/rhythm.mdx', '<WordtrackList phase="2" />'),
      'content/foundations/rhythm.mdx:11: foundation "rhythm": <WordtrackList phase> is "2", expected 1, 2 or 3, written in braces: phase={2}'],
    ['a phase prop out of range', (f) => appendBody(f, 'foundations/rhythm.mdx', '<WordtrackList phase={4} />'),
      'content/foundations/rhythm.mdx:11: foundation "rhythm": <WordtrackList phase> is 4, expected 1, 2 or 3'],
    ['a list of a stage that does not exist', (f) => appendBody(f, 'foundations/rhythm.mdx', '<WordtrackList stage="delivry" />'),
      'content/foundations/rhythm.mdx:11: foundation "rhythm": <WordtrackList stage="delivry">: stage "delivry" does not exist; did you mean "delivery"?'],
    ['a wordtrack without its id', (f) => appendBody(f, 'foundations/rhythm.mdx', '<Wordtrack />'),
      'content/foundations/rhythm.mdx:11: foundation "rhythm": <Wordtrack id> is missing, expected a lowercase kebab-case id'],
    ['a misspelt prop', (f) => appendBody(f, 'foundations/rhythm.mdx', '<Aside knd="tip">Careful.</Aside>'),
      'content/foundations/rhythm.mdx:11: foundation "rhythm": <Aside knd>: is not a prop of <Aside>; did you mean "kind"?'],
    ['a tag left open', (f) => appendBody(f, 'foundations/rhythm.mdx', 'A line<br>break.'),
      'content/foundations/rhythm.mdx:11: foundation "rhythm": <br>: is not closed; close it with </br>, or end it with /> as in <br />'],
    // Links into the playbook's own pages, checked before anything renders.
    ['a link to a stage page that does not exist', (f) => appendBody(f, 'foundations/rhythm.mdx', 'See [the drive](/tracks/showroom/nope/).'),
      'content/foundations/rhythm.mdx:11: foundation "rhythm": link "/tracks/showroom/nope/": leads to no page; expected the address of a page under /tracks/'],
    ['a link to a wordtrack anchor that does not exist', (f) => appendBody(f, 'foundations/rhythm.mdx', 'Try [this line](/wordtracks/#missing-id).'),
      'content/foundations/rhythm.mdx:11: foundation "rhythm": link "/wordtracks/#missing-id": leads to no #missing-id on /wordtracks/; expected the id of an entry listed there'],
    ['a relative link with a typo', (f) => appendBody(f, 'stages/showroom/trade-in.mdx', 'Then [hand over the keys](../delivry/).'),
      'content/stages/showroom/trade-in.mdx:24: stage "trade-in": link "../delivry/": leads to no page; did you mean /tracks/showroom/delivery/?'],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    expect(withMistake(change)).toEqual({ errors: [expected], warnings: [] });
  });
});

describe('mistakes the build warns about and goes on', () => {
  it('a review date still to come', () => {
    const found = withMistake((f) => edit(f, 'plays/price-first.mdx', 'reviewed: 2026-10-01', 'reviewed: 2062-10-01'));
    expect(found).toEqual({
      errors: [],
      warnings: ['content/plays/price-first.mdx:16: play "price-first": reviewed is "2062-10-01", expected the day it was last reviewed: today (2026-12-01) or earlier, not a day still to come'],
    });
  });

  it('a stage no other stage leads to, named once for the whole run it heads', () => {
    const found = withMistake((f) => edit(f, 'stages/showroom/test-drive.mdx', 'next: trade-in\n', ''));
    expect(found).toEqual({
      errors: [],
      warnings: ['content/stages/showroom/trade-in.mdx:4: stage "trade-in": no stage leads here, so a reader following the track from "test-drive" never reaches it; expected next: trade-in on "test-drive", the stage before it'],
    });
  });
});
