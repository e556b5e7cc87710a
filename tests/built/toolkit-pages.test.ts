import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlaybook } from '../../src/lib/content/source';
import { templateAnchor } from '../../src/lib/content/followup-anchor';
import { distDir } from '../../harness/site-files';
import { fileForPath } from '../support/links';

const source = readPlaybook('content');
const entries = <T>(collection: 'followups' | 'personas') => source.entries.filter((entry) => entry.collection === collection).map((entry) => ({ id: entry.id, ...(entry.data as T) }));
const pageAt = (path: string) => readFileSync(fileForPath(distDir, path)!, 'utf8');
// Astro escapes text the way this does, so a template is found on the page exactly as its author wrote it.
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
const idsInOrder = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
/** The HTML of the element whose id is `id`, up to the end of its tag name's first closing tag. */
function elementWithId(html: string, tag: string, id: string): string | undefined {
  return new RegExp(`<${tag}[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</${tag}>`).exec(html)?.[1];
}

/** A persona's part of the page: from its heading to the next persona's section. */
function personaSection(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  const end = html.indexOf('<section class="persona"', start);
  return start < 0 ? '' : html.slice(start, end < 0 ? undefined : end);
}

interface Followup { situation: string; track: string; templates: { channel: string; subject?: string; body: string; timing: string; consent: string }[] }
interface Persona { name: string; track: string; questions: { text: string; kind: string }[]; matters: string[]; avoid: string[] }

describe('the follow-up templates page', () => {
  const html = pageAt('/follow-ups/');
  const followups = entries<Followup>('followups');

  it('shows every message of every situation under its own anchor, with its timing, consent notes and copy button', () => {
    expect(followups.length).toBeGreaterThanOrEqual(5);
    for (const followup of followups) {
      for (const template of followup.templates) {
        const anchor = templateAnchor(followup.id, template.channel);
        const card = elementWithId(html, 'article', anchor);
        expect(card, anchor).toBeDefined();
        // The schema trims what authors write, so the block scalar's last line break is not part of the message.
        expect(card, anchor).toContain(`data-copy-text>${escape(template.body.trim())}</div>`);
        expect(card, anchor).toContain(escape(template.timing));
        expect(card, anchor).toContain(escape(template.consent));
        if (template.subject) expect(card, anchor).toContain(escape(template.subject));
        expect(card, anchor).toMatch(/<copy-button data-label="[^"]+">/);
      }
    }
  });

  it('gives every id on the page once, so each anchor lands on one template', () => {
    expect(duplicates(idsInOrder(html))).toEqual([]);
  });

  it("lists the situations in their author's order, each under its track", () => {
    const ids = idsInOrder(html);
    for (const track of new Set(followups.map((followup) => followup.track))) {
      const own = followups.filter((followup) => followup.track === track).map((followup) => followup.id);
      const positions = own.map((id) => ids.indexOf(id));
      expect(positions, track).toEqual([...positions].sort((a, b) => a - b));
      expect(ids.indexOf(`track-${track}`)).toBeLessThan(positions[0]!);
    }
  });
});

describe('the persona question banks page', () => {
  const html = pageAt('/personas/');
  const personas = entries<Persona>('personas');

  it('shows every persona under its anchor with all its questions, each with its kind', () => {
    expect(personas.length).toBeGreaterThanOrEqual(9);
    for (const persona of personas) {
      const section = personaSection(html, persona.id);
      expect(html, persona.id).toContain(`id="${persona.id}">${escape(persona.name)}</h3>`);
      for (const question of persona.questions) expect(section, question.text).toContain(escape(question.text));
      for (const line of [...persona.matters, ...persona.avoid]) expect(section, line).toContain(escape(line));
    }
  });

  it("groups the personas by track, in their author's order, and gives every id once", () => {
    const ids = idsInOrder(html);
    expect(duplicates(ids)).toEqual([]);
    const tracks = [...new Set(personas.map((persona) => persona.track))];
    for (const [index, track] of tracks.entries()) {
      const start = ids.indexOf(`track-${track}`);
      const end = index + 1 < tracks.length ? ids.indexOf(`track-${tracks[index + 1]}`) : ids.length;
      const positions = personas.filter((candidate) => candidate.track === track).map((persona) => ids.indexOf(persona.id));
      expect(positions, track).toEqual([...positions].sort((a, b) => a - b));
      expect(Math.min(...positions), track).toBeGreaterThan(start);
      expect(Math.max(...positions), track).toBeLessThan(end);
    }
  });
});

describe('the toolkit in the reading order', () => {
  it('follows the plays and the objections: the persona page links back to the objections and on to the follow-ups', () => {
    const personas = pageAt('/personas/');
    expect(pageAt('/objections/')).toMatch(/href="\/plays\/[^"]+\/" rel="prev"/);
    expect(personas).toContain('href="/objections/" rel="prev"');
    expect(personas).toContain('href="/follow-ups/" rel="next"');
    expect(pageAt('/follow-ups/')).toContain('href="/personas/" rel="prev"');
  });
});
