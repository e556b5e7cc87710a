import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlaybook } from '../../src/lib/content/source';
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
  const wordtracks = source.wordtrackFiles.flatMap((file) =>
    ((file.data as { wordtracks: { id: string; text: string; phase: number }[] }).wordtracks).map((wordtrack) => ({ ...wordtrack, stage: file.stage, track: file.file.split('/')[2]! })),
  );
  const libraryPages = pages.filter((page) => /^\/wordtracks\/[^/]+\/(\d+\/)?$/.test(page.path));
  /** The library pages that hold each id as an anchor. */
  const anchoredOn = new Map<string, string[]>();
  for (const page of libraryPages) for (const id of idsIn(page.html)) anchoredOn.set(id, [...(anchoredOn.get(id) ?? []), page.path]);

  it("every wordtrack has its anchor on exactly one library page, its own track's", () => {
    expect(wordtracks.length).toBeGreaterThan(100);
    const misplaced = wordtracks.filter((wordtrack) => {
      const on = anchoredOn.get(wordtrack.id) ?? [];
      return on.length !== 1 || !on[0]!.startsWith(`/wordtracks/${wordtrack.track}/`);
    });
    expect(misplaced.map((wordtrack) => `${wordtrack.id}: ${anchoredOn.get(wordtrack.id)?.join(', ') ?? 'nowhere'}`)).toEqual([]);
  });

  it("every wordtrack appears on its stage's page, linking to its card", () => {
    const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
    const missing = wordtracks.filter((wordtrack) => {
      const html = pageAt(`/tracks/${wordtrack.track}/${wordtrack.stage}/`);
      return !html.includes(`${anchoredOn.get(wordtrack.id)?.[0]}#${wordtrack.id}"`) || !(html.includes(wordtrack.text) || html.includes(escape(wordtrack.text)));
    });
    expect(missing.map((wordtrack) => wordtrack.id)).toEqual([]);
  });

  it("links each phase's page to its wordtracks on every library page that has some, and to no other", () => {
    for (const phase of [1, 2, 3]) {
      const linked = new Set([...pageAt(`/phases/${phase}/`).matchAll(new RegExp(`href="(/wordtracks/[^"#]+)#phase-${phase}"`, 'g'))].map((match) => match[1]!));
      const holding = new Set(wordtracks.filter((wordtrack) => wordtrack.phase === phase).map((wordtrack) => anchoredOn.get(wordtrack.id)![0]!));
      expect([...linked].sort(), `phase ${phase}`).toEqual([...holding].sort());
      for (const path of holding) expect(idsIn(pageAt(path)), path).toContain(`phase-${phase}`);
    }
  });

  it('looks up every wordtrack id to the library page that holds its card', () => {
    const tables = readdirSync(join(distDir, 'wordtracks')).filter((name) => /^ids-\d+\.json$/.test(name));
    const table = Object.assign({}, ...tables.map((name) => JSON.parse(readFileSync(join(distDir, 'wordtracks', name), 'utf8')))) as Record<string, string>;
    expect(Object.keys(table).sort()).toEqual(wordtracks.map((wordtrack) => wordtrack.id).sort());
    expect(Object.entries(table).filter(([id, page]) => anchoredOn.get(id)?.[0] !== page)).toEqual([]);
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
