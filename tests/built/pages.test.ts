import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlaybook } from '../../src/lib/content-source';
import { builtPages, distDir } from '../../harness/site-files';
import { brokenLinks, fileForPath, idsIn } from '../support/links';

const source = readPlaybook('content');
const entries = (collection: string) => source.entries.filter((entry) => entry.collection === collection);
const pageAt = (path: string) => {
  const file = fileForPath(distDir, path);
  if (!file) throw new Error(`no page at ${path}`);
  return readFileSync(file, 'utf8');
};
const pages = builtPages();

describe('every entry has its page', () => {
  it.each(entries('stages').map((stage) => [stage.id, (stage.data as { track: string }).track]))('stage %s', (id, track) => {
    expect(pageAt(`/tracks/${track}/${id}/`)).toContain('<h1');
  });
  it.each(entries('phases').map((phase) => [phase.id]))('phase %s', (id) => {
    expect(pageAt(`/phases/${id}/`)).toContain(`Phase ${['I', 'II', 'III'][Number(id) - 1]}`);
  });
  it.each(entries('foundations').map((page) => [page.id]))('foundation %s', (id) => {
    expect(pageAt(`/foundations/${id}/`)).toContain('data-pagefind-body');
  });
  it.each(entries('plays').map((play) => [play.id]))('play %s', (id) => {
    expect(pageAt(`/plays/${id}/`)).toContain('The moment:');
  });
  it('each list page and the glossary', () => {
    for (const path of ['/foundations/', '/phases/', '/tracks/', '/tracks/showroom/', '/tracks/consultative/', '/plays/', '/wordtracks/', '/glossary/']) {
      expect(pageAt(path)).toContain('<h1');
    }
    const glossaryIds = idsIn(pageAt('/glossary/'));
    for (const term of entries('glossary')) expect(glossaryIds).toContain(term.id);
  });
});

describe('wordtracks', () => {
  const library = pageAt('/wordtracks/');
  const libraryIds = idsIn(library);
  const wordtracks = source.wordtrackFiles.flatMap((file) =>
    ((file.data as { wordtracks: { id: string; text: string }[] }).wordtracks).map((wordtrack) => ({ ...wordtrack, stage: file.stage, track: file.file.split('/')[2]! })),
  );

  it('every wordtrack has its anchor on the library page', () => {
    expect(wordtracks.length).toBeGreaterThan(100);
    const missing = wordtracks.filter((wordtrack) => !libraryIds.has(wordtrack.id)).map((wordtrack) => wordtrack.id);
    expect(missing).toEqual([]);
  });

  it("every wordtrack appears on its stage's page", () => {
    const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
    const missing = wordtracks.filter((wordtrack) => {
      const html = pageAt(`/tracks/${wordtrack.track}/${wordtrack.stage}/`);
      return !html.includes(`/wordtracks/#${wordtrack.id}"`) || !(html.includes(wordtrack.text) || html.includes(escape(wordtrack.text)));
    });
    expect(missing.map((wordtrack) => wordtrack.id)).toEqual([]);
  });
});

describe('the built site as a whole', () => {
  it('has no broken internal link or anchor', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(brokenLinks(distDir, pages)).toEqual([]);
  });

  it('passes html-validate with no error', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, join(distDir, page.path));
      for (const result of report.results) {
        for (const message of result.messages) {
          // Astro's island runtime puts its own <style>astro-island{display:contents}</style> before the first island.
          if (message.ruleId === 'element-permitted-content' && message.message.startsWith('<style>') && page.html.includes('<style>astro-island,')) continue;
          failures.push(`${page.path}: ${message.ruleId} ${message.message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
