import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlaybook } from '../../src/lib/content/source';
import { objectionTypeLabel, objectionTypes, type ObjectionType } from '../../src/schemas/objection';
import { distDir } from '../../harness/site-files';
import { fileForPath } from '../support/links';
import { indexedRecords } from '../support/pagefind-fragments';

interface Objection { title: string; type: ObjectionType; ask: string; responses: { text: string }[]; avoid: { line: string }[] }
const objections = readPlaybook('content').entries.filter((entry) => entry.collection === 'objections').map((entry) => ({ id: entry.id, ...(entry.data as Objection) }));
const html = readFileSync(fileForPath(distDir, '/objections/')!, 'utf8');
const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
const shows = (text: string) => html.includes(text) || html.includes(escaped(text));

describe('the objections page', () => {
  it.each(objections.map((objection) => [objection.id, objection]))('shows %s at its own anchor, with its question, responses and lines to avoid', (id, objection) => {
    const card = html.slice(html.indexOf(`id="${id}"`));
    expect(card.length).toBeLessThan(html.length);
    expect(shows(objection.title)).toBe(true);
    expect(shows(objection.ask)).toBe(true);
    for (const response of objection.responses) expect(shows(response.text), response.text).toBe(true);
    for (const { line } of objection.avoid) expect(shows(line), line).toBe(true);
  });

  it('gives every anchor on the page once', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(objections.map((objection) => objection.id)));
  });

  it('groups them under one heading per type, in the order of the types', () => {
    const used = objectionTypes.filter((type) => objections.some((objection) => objection.type === type));
    const headings = [...html.matchAll(/<h2 id="type-([a-z-]+)"[^>]*>([^<]+)<\/h2>/g)].map((match) => [match[1], match[2]]);
    expect(headings).toEqual(used.map((type) => [type, escaped(objectionTypeLabel[type])]));
    for (const objection of objections) {
      const heading = html.indexOf(`id="type-${objection.type}"`);
      const next = used[used.indexOf(objection.type) + 1];
      const card = html.indexOf(`<article class="objection" id="${objection.id}"`);
      expect(card).toBeGreaterThan(heading);
      if (next) expect(card).toBeLessThan(html.indexOf(`id="type-${next}"`));
    }
  });

  it('sits in the reading order after the plays, and every page links it from the header', () => {
    expect(html).toMatch(/class="pager__link pager__link--previous" href="\/plays\/[a-z0-9-]+\/" rel="prev"/);
    expect(readFileSync(fileForPath(distDir, '/')!, 'utf8')).toContain('href="/objections/"');
  });
});

describe('the search index', () => {
  const records = indexedRecords(distDir).filter((record) => record.filters.type?.includes('objection'));

  it('holds one record per objection, at its anchor, titled in the buyer’s words', () => {
    expect(records.map((record) => record.url).sort()).toEqual(objections.map((objection) => `/objections/#${objection.id}`).sort());
    for (const record of records) {
      const objection = objections.find((candidate) => record.url.endsWith(`#${candidate.id}`))!;
      expect(record.meta.title).toBe(objection.title);
      expect(record.content).toContain(objection.ask);
      expect(record.filters.phase).toHaveLength(1);
    }
  });

  it('keeps the page’s own record to its introduction, so no objection is found twice', () => {
    const page = indexedRecords(distDir).find((record) => record.url === '/objections/')!;
    for (const objection of objections) expect(page.content).not.toContain(objection.ask);
  });
});
