import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryIdFromPath, flattenWordtrackFile, readPlaybook } from '../../src/lib/content/source';
import { reviewRecords } from '../../src/lib/content/review-report';

const root = mkdtempSync(join(tmpdir(), 'attune-source-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function playbookWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(root, 'content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return readPlaybook(dir, dir);
}

describe('reading the content folder', () => {
  it('reports a YAML file that does not parse with its line and column, and reads the files that do', () => {
    const source = playbookWith({
      'wordtracks/showroom/test-drive.yaml': 'owner: Sales\nreviewed: 2026-10-01\nwordtracks:\n  - id: td-open-1\n   text: misaligned\n',
      'glossary.yaml': '- id: phase\n  term: Phase\n  definition: Where the buyer is.\n',
    });
    expect(source.issues).toEqual([{ file: 'wordtracks/showroom/test-drive.yaml', line: 5, column: 4, detail: 'is not valid YAML: bad indentation of a sequence entry; line it up with the fields above it' }]);
    expect(source.entries.map((entry) => entry.id)).toEqual(['phase']);
  });

  it('reports empty files instead of skipping them', () => {
    const source = playbookWith({ 'glossary.yaml': '', 'wordtracks/showroom/test-drive.yaml': '' });
    expect(source.issues).toEqual([
      { file: 'glossary.yaml', detail: 'is empty; expected a YAML list of entries, each starting with "- id:"' },
      { file: 'wordtracks/showroom/test-drive.yaml', detail: 'is empty; expected owner, reviewed and a list under "wordtracks:"' },
    ]);
  });

  it('reads a review date written as a bare YAML date', () => {
    const source = playbookWith({ 'wordtracks/showroom/delivery.yaml': 'owner: Sales\nreviewed: 2026-10-01\nwordtracks: []\n' });
    expect(reviewRecords(source).map((record) => record.reviewed.toISOString().slice(0, 10))).toEqual(['2026-10-01']);
  });
});

describe('where each collection is read from', () => {
  const mdx = (title: string) => `---\ntitle: ${title}\n---\nBody of ${title}.\n`;
  const source = playbookWith({
    'tracks.yaml': '- id: showroom\n  title: Showroom\n',
    'stages/showroom/test-drive.mdx': mdx('The test drive'),
    'phases/2.mdx': mdx('Weighing solutions'),
    'foundations/rhythm.mdx': mdx('Rhythm'),
    'plays/price-first.mdx': mdx('Price first'),
    'glossary.yaml': '- id: alignment\n',
    'selfcheck.yaml': '- id: compares\n',
    'coach.yaml': '- id: pitch\n',
    'followups.yaml': '- id: no-show\n',
    'personas.yaml': '- id: commuter\n',
    'objections/think-about-it.yaml': 'title: I need to think about it\n',
    'wordtracks/showroom/test-drive.yaml': 'owner: Sales\nreviewed: 2026-10-01\nwordtracks:\n  - id: td-open-1\n  - text: no id\n',
  });

  it('reads every collection from its own file or folder, ids from the file name or the id field', () => {
    expect(source.issues).toEqual([]);
    expect(source.entries.map((entry) => [entry.collection, entry.file, entry.id])).toEqual([
      ['tracks', 'tracks.yaml', 'showroom'],
      ['stages', 'stages/showroom/test-drive.mdx', 'test-drive'],
      ['phases', 'phases/2.mdx', '2'],
      ['foundations', 'foundations/rhythm.mdx', 'rhythm'],
      ['plays', 'plays/price-first.mdx', 'price-first'],
      ['glossary', 'glossary.yaml', 'alignment'],
      ['selfcheck', 'selfcheck.yaml', 'compares'],
      ['coach', 'coach.yaml', 'pitch'],
      ['followups', 'followups.yaml', 'no-show'],
      ['personas', 'personas.yaml', 'commuter'],
      ['objections', 'objections/think-about-it.yaml', 'think-about-it'],
      ['wordtracks', 'wordtracks/showroom/test-drive.yaml', 'td-open-1'],
      ['wordtracks', 'wordtracks/showroom/test-drive.yaml', '#2'],
    ]);
  });

  it('keeps an MDX entry’s frontmatter as its data and the rest as its body', () => {
    expect(source.entries.find((entry) => entry.id === 'test-drive')).toMatchObject({ data: { title: 'The test drive' }, body: 'Body of The test drive.\n' });
  });

  it('keeps a wordtrack file’s own fields for their own check, under its stage, its date as written and where its YAML is', () => {
    const yaml = 'owner: Sales\nreviewed: 2026-10-01\nwordtracks:\n  - id: td-open-1\n  - text: no id\n';
    expect(source.wordtrackFiles).toEqual([
      { file: 'wordtracks/showroom/test-drive.yaml', stage: 'test-drive', data: { owner: 'Sales', reviewed: '2026-10-01', wordtracks: [{ id: 'td-open-1' }, { text: 'no id' }] }, origin: { yaml, path: [], firstLine: 1 } },
    ]);
  });
});

describe('files the content folder should not hold', () => {
  it('are passed over when they are not MDX or YAML', () => {
    const source = playbookWith({
      'stages/showroom/notes.txt': 'To do',
      'stages/showroom/trade-in.yaml': 'title: wrong folder format\n',
      'phases/README.md': '# Phases',
      'objections/draft.md': 'Later',
      'wordtracks/showroom/notes.mdx': '---\ntitle: x\n---\n',
    });
    expect(source).toMatchObject({ entries: [], wordtrackFiles: [], issues: [], unreadable: [] });
  });

  it('are read in name order, whatever order they were written in', () => {
    const source = playbookWith({ 'plays/walk-away.mdx': '---\na: 1\n---\n', 'plays/ask-twice.mdx': '---\na: 1\n---\n', 'plays/fix-it.mdx': '---\na: 1\n---\n', 'plays/be-brief.mdx': '---\na: 1\n---\n' });
    expect(source.entries.map((entry) => entry.id)).toEqual(['ask-twice', 'be-brief', 'fix-it', 'walk-away']);
  });
});

describe('MDX that cannot be read', () => {
  it('is reported when it has no frontmatter at its top, or frontmatter that is not YAML', () => {
    const source = playbookWith({
      'plays/a-none.mdx': 'Just a body.',
      'plays/b-late.mdx': 'Intro first\n---\ntitle: Late\n---\nBody',
      'plays/c-broken.mdx': '---\ntitle: [unclosed\n---\nBody',
    });
    expect(source.entries).toEqual([]);
    expect(source.issues.map((issue) => [issue.file, (issue.detail ?? '').split(':')[0]])).toEqual([
      ['plays/a-none.mdx', 'has no frontmatter; expected a block between --- lines at the top'],
      ['plays/b-late.mdx', 'has no frontmatter; expected a block between --- lines at the top'],
      ['plays/c-broken.mdx', 'is not valid YAML'],
    ]);
  });

  it('is read when its frontmatter ends the file or its lines end in CRLF', () => {
    const source = playbookWith({ 'plays/a-short.mdx': '---\ntitle: Short\n---', 'plays/b-windows.mdx': '---\r\ntitle: Windows\r\n---\r\nBody\r\n' });
    expect(source.issues).toEqual([]);
    expect(source.entries.map((entry) => [entry.data, entry.body])).toEqual([
      [{ title: 'Short' }, ''],
      [{ title: 'Windows' }, 'Body\r\n'],
    ]);
  });
});

describe('YAML that cannot be used', () => {
  it('is reported, and its entries are left out, in every kind of file', () => {
    const source = playbookWith({
      'coach.yaml': '- id: pitch\n   kind: telling\n',
      'objections/think-about-it.yaml': 'title: [unclosed\n',
      'wordtracks/showroom/greeting.yaml': 'just a line\n',
      'wordtracks/showroom/test-drive.yaml': '- id: td-open-1\n',
    });
    expect(source.entries).toEqual([]);
    expect(source.issues.map((issue) => [issue.file, (issue.detail ?? '').split(':')[0]])).toEqual([
      ['coach.yaml', 'is not valid YAML'],
      ['objections/think-about-it.yaml', 'is not valid YAML'],
      ['wordtracks/showroom/greeting.yaml', 'is not a wordtrack file; expected owner, reviewed and a list under "wordtracks'],
      ['wordtracks/showroom/test-drive.yaml', 'is not a wordtrack file; expected owner, reviewed and a list under "wordtracks'],
    ]);
  });

  it('gives a list entry without a usable id its place in the file', () => {
    const source = playbookWith({ 'glossary.yaml': '- just text\n-\n- id: 42\n- id: ""\n- id: alignment\n' });
    expect(source.entries.map((entry) => entry.id)).toEqual(['#1', '#2', '#3', '#4', 'alignment']);
  });

  it('keeps a wordtrack file without a list of wordtracks, for its own check to report', () => {
    const source = playbookWith({ 'wordtracks/showroom/greeting.yaml': 'owner: Sales\nreviewed: 2026-10-01\nwordtracks: none yet\n' });
    expect(source.entries).toEqual([]);
    expect(source.wordtrackFiles.map((file) => file.stage)).toEqual(['greeting']);
  });
});

describe('a wordtrack file as site entries', () => {
  it('gives every entry the file’s stage first, its owner and review, and its place in the file', () => {
    const file = { owner: 'Sales', reviewed: '2026-10-01', wordtracks: [{ id: 'a', stages: ['trade-in', 'test-drive'] }, 'not an entry', { id: 'b', stages: 'trade-in' }] };
    expect(flattenWordtrackFile('test-drive', file)).toEqual([
      { id: 'a', stages: ['test-drive', 'trade-in'], owner: 'Sales', reviewed: '2026-10-01', position: 0 },
      { stages: ['test-drive'], owner: 'Sales', reviewed: '2026-10-01', position: 1 },
      { id: 'b', stages: ['test-drive'], owner: 'Sales', reviewed: '2026-10-01', position: 2 },
    ]);
  });

  it.each([null, 'text', [], { owner: 'Sales', wordtracks: 'none' }])('has no entries when the file is %j', (file) => {
    expect(flattenWordtrackFile('test-drive', file)).toEqual([]);
  });
});

describe('an id from a file name', () => {
  it('drops only the last extension', () => {
    expect(entryIdFromPath('content/stages/showroom/trade-in.v2.mdx')).toBe('trade-in.v2');
    expect(entryIdFromPath('content/phases/2.mdx')).toBe('2');
  });
});
