import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlaybook } from '../../src/lib/content-source';
import { reviewRecords } from '../../src/lib/freshness';

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
