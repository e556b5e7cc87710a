import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPlaybook } from '../../src/lib/content/source';
import { libraryPageOfEach } from '../../src/lib/library/source-pages';
import { mainNav, site } from '../../src/lib/site';
import { pageBody } from '../../src/lib/search/page-html';
import { readBuiltPages } from '../../src/lib/content/built-pages';
import { decodeVocabulary, vocabularyPath, vocabularyWords } from '../../src/lib/search/vocabulary';
import { distDir } from '../../harness/site-files';
import { fragmentText, indexedRecords } from '../support/pagefind-fragments';

const records = indexedRecords(distDir);
const source = readPlaybook('content');
const idsOf = (collection: string) => source.entries.filter((entry) => entry.collection === collection).map((entry) => entry.id);
const wordtrackIds = idsOf('wordtracks');
const pageOf = libraryPageOfEach(source);
/** Where a wordtrack's card is: its anchor on its track's library page. */
const cardUrl = (id: string) => `${pageOf.get(id)}#${id}`;
const ofType = (type: string) => records.filter((record) => record.filters.type?.includes(type));
const record = (url: string) => records.find((candidate) => candidate.url === url)!;

describe('the search index', () => {
  it('exists, with Pagefind and its entry file', () => {
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(records.length);
  });

  it('holds one record per wordtrack, at its card’s anchor on its track’s library page, titled by its text, with its notes below', () => {
    const wordtracks = ofType('wordtrack');
    expect(wordtracks).toHaveLength(wordtrackIds.length);
    expect(wordtracks.map((one) => one.url).sort()).toEqual(wordtrackIds.map(cardUrl).sort());
    for (const one of wordtracks) expect(one.url).toMatch(new RegExp(`^/wordtracks/${one.filters.track}/(\\d+/)?#`));
    for (const one of wordtracks) {
      const title = one.meta.title ?? '';
      expect(title.length).toBeGreaterThan(10);
      expect(one.content.startsWith(title)).toBe(true);
      expect(one.content.length).toBeGreaterThan(title.length + 40);
      expect(one.meta.stage, one.url).toBeTruthy();
      expect(one.meta.track, one.url).toMatch(/^The .+ sale$/);
      expect(one.filters.phase).toHaveLength(1);
    }
    const insteadOf = record(cardUrl('fin-concern-2'));
    expect(insteadOf.content).toContain('Bank loans are a hassle');
    expect(insteadOf.content).toContain('pre-approval');
  });

  it('holds one record per glossary term at its anchor, and not the glossary page', () => {
    expect(ofType('term').map((one) => one.url).sort()).toEqual(idsOf('glossary').map((id) => `/glossary/#${id}`).sort());
    expect(records.some((one) => one.url === '/glossary/')).toBe(false);
  });

  it('has every reading page with its type filter', () => {
    expect(ofType('stage')).toHaveLength(idsOf('stages').length);
    expect(ofType('page').map((page) => page.url)).toEqual(expect.arrayContaining(['/follow-ups/', '/personas/']));
    const pagesOf = (type: string) => ofType(type).map((page) => page.url).sort();
    expect(pagesOf('phase')).toEqual(['/phases/', ...idsOf('phases').map((id) => `/phases/${id}/`)].sort());
    expect(pagesOf('foundation')).toEqual(idsOf('foundations').map((id) => `/foundations/${id}/`).sort());
    expect(pagesOf('play')).toEqual(idsOf('plays').map((id) => `/plays/${id}/`).sort());
    for (const stage of ofType('stage')) expect(Object.keys(stage.filters).sort()).toEqual(['phase', 'stage', 'track', 'type']);
  });

  it('is built from each page’s body alone, where every page keeps its filters and metadata', () => {
    // The index is given only the data-pagefind-body element of a page (src/lib/search/page-html.ts); a filter or a
    // field outside it would be lost without a word.
    const pages = readBuiltPages(distDir).filter((page) => pageBody(page.html));
    // Records lead to an anchor on a page; a page leads to itself.
    expect(pages.map((page) => page.path).sort()).toEqual(records.filter((one) => !one.url.includes('#')).map((one) => one.url).sort());
    for (const page of pages) expect(page.html.replace(pageBody(page.html)!, ''), page.path).not.toMatch(/data-pagefind-(filter|meta|sort|weight)/);
  });

  it('starts a stage’s text at its title, not at "· stage 4"', () => {
    for (const stage of ofType('stage')) expect(stage.content, stage.url).not.toMatch(/· stage \d/);
  });

  it('gives each play its moment as a field of its own, and reads facts as separate words', () => {
    for (const play of ofType('play')) expect(play.meta.moment, play.url).toBeTruthy();
    expect(record('/tracks/showroom/financing/').content).not.toMatch(/phasePhase|GoalThe/);
  });

  it('adds the synonyms of a page’s words to the page, so "ghosted" finds the buyer who goes quiet', () => {
    expect(record('/plays/quiet-after-proposal/').content).toMatch(/ghosted/);
    expect(record(cardUrl('fin-transition-1')).content).toMatch(/add-ons/);
  });

  it('leaves out the header, navigation, footer and previous/next links', () => {
    const chrome = [mainNav.map((link) => link.label).join(' '), 'Skip to content', site.tagline.toLowerCase(), 'Blank call-plan sheet', 'Previous ·', 'Next ·', 'Dark theme'];
    for (const one of records) {
      for (const text of chrome) expect(one.content, `${one.url} contains "${text}"`).not.toContain(text);
    }
  });
});

describe('the vocabulary for "Did you mean…?"', () => {
  const file = readFileSync(join(distDir, vocabularyPath), 'utf8');
  const vocabulary = decodeVocabulary(file);

  it('is small: at most 10 kB gzipped, as it loads with every first search', () => {
    expect(gzipSync(file, { level: 9 }).length).toBeLessThanOrEqual(10_000);
  });

  it('holds every word of the index, the synonyms among them', () => {
    expect(vocabulary.complete).toBe(true);
    expect(vocabulary.words).toEqual(expect.arrayContaining(['financing', 'appraisal', 'referral', 'warranty', 'ghosted']));
    expect(vocabulary.words).not.toContain('the');
    const indexed = new Set(records.flatMap((one) => vocabularyWords(fragmentText(one))));
    expect(vocabulary.words.filter((word) => !indexed.has(word))).toEqual([]);
  });
});
