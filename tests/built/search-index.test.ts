import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlaybook } from '../../src/lib/content-source';
import { mainNav, site } from '../../src/lib/site';
import { distDir } from '../support/site-files';
import { indexedRecords } from '../support/pagefind-fragments';

const records = indexedRecords(distDir);
const wordtrackIds = readPlaybook('content').entries.filter((entry) => entry.collection === 'wordtracks').map((entry) => entry.id);

describe('the search index', () => {
  it('exists, with Pagefind and its entry file', () => {
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(records.length);
  });

  it('holds one record per wordtrack, at its anchor in the library, titled by its text', () => {
    const wordtrackRecords = records.filter((record) => record.filters.type?.includes('wordtrack'));
    expect(wordtrackRecords).toHaveLength(wordtrackIds.length);
    expect(wordtrackRecords.map((record) => record.url).sort()).toEqual(wordtrackIds.map((id) => `/wordtracks/#${id}`).sort());
    for (const record of wordtrackRecords) {
      const title = record.meta.title ?? '';
      expect(title.length).toBeGreaterThan(10);
      expect(record.content).toContain(title);
      expect(record.content).toMatch(/When: .+Why it works: .+/s);
      expect(record.meta.phase).toMatch(/^Phase I{1,3}$/);
      expect(record.filters.phase).toHaveLength(1);
    }
  });

  it('has every reading page with its type filter', () => {
    const pages = records.filter((record) => !record.filters.type?.includes('wordtrack'));
    const byType = (type: string) => pages.filter((record) => record.filters.type?.includes(type)).length;
    expect(byType('stage')).toBe(readPlaybook('content').entries.filter((entry) => entry.collection === 'stages').length);
    expect(byType('phase')).toBe(4);
    expect(byType('foundation')).toBeGreaterThanOrEqual(6);
    expect(byType('play')).toBeGreaterThanOrEqual(8);
    for (const record of pages.filter((page) => page.filters.type?.includes('stage'))) {
      expect(Object.keys(record.filters).sort()).toEqual(['phase', 'stage', 'track', 'type']);
    }
  });

  it('leaves out the header, navigation, footer and previous/next links', () => {
    const chrome = [mainNav.map((link) => link.label).join(' '), 'Skip to content', site.tagline.toLowerCase(), 'Blank call-plan sheet', 'Previous ·', 'Next ·', 'Dark theme'];
    for (const record of records) {
      for (const text of chrome) expect(record.content, `${record.url} contains "${text}"`).not.toContain(text);
    }
  });
});
