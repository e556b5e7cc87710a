import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, JSON_SCHEMA, load } from 'js-yaml';

/** The generated playbook's references: its tracks in order, each track's stages in order, and every wordtrack id. */
export interface GeneratedRefs {
  tracks: string[];
  stagesOf: Map<string, string[]>;
  wordtracks: string[];
}

/** The real collections that are a fixed set of entries, not growing with the stages, but that name tracks and stages. */
const FILES = ['followups.yaml', 'personas.yaml'];
const FOLDERS = ['objections'];

/**
 * Copies the real follow-ups, personas and objections into a generated playbook with their references moved onto its
 * tracks, stages and wordtracks, so the site's pages that list them build as they do on the real playbook. The n-th
 * real track becomes the n-th generated one (cycling), a real stage the stage at its place in that track, and a real
 * wordtrack a generated one in turn; the texts stay as written.
 */
export function copyInstruments(realContent: string, dir: string, refs: GeneratedRefs): void {
  const realTracks = (load(readFileSync(join(realContent, 'tracks.yaml'), 'utf8')) as { id: string; order: number }[]).sort((a, b) => a.order - b.order).map((track) => track.id);
  const trackOf = new Map(realTracks.map((track, index) => [track, refs.tracks[index % refs.tracks.length]!]));
  const stageOf = new Map<string, string>();
  for (const track of realTracks) {
    const real = readdirSync(join(realContent, 'stages', track)).map((file) => file.replace(/\.mdx$/, ''));
    const generated = refs.stagesOf.get(trackOf.get(track)!)!;
    // Positions follow the files' `order`, read from the frontmatter.
    const ordered = real.map((id) => ({ id, order: Number(/^order:\s*(\d+)/m.exec(readFileSync(join(realContent, 'stages', track, `${id}.mdx`), 'utf8'))?.[1] ?? 0) })).sort((a, b) => a.order - b.order);
    ordered.forEach(({ id }, index) => stageOf.set(id, generated[Math.min(index, generated.length - 1)]!));
  }
  const wordtrackOf = new Map<string, string>();
  const wordtrack = (id: string) => wordtrackOf.get(id) ?? wordtrackOf.set(id, refs.wordtracks[wordtrackOf.size % refs.wordtracks.length]!).get(id)!;
  const unique = (ids: string[]) => [...new Set(ids)];
  const remap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(remap);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => {
        if (key === 'track' && typeof field === 'string') return [key, trackOf.get(field) ?? field];
        if (key === 'tracks' && Array.isArray(field)) return [key, unique(field.map((id: string) => trackOf.get(id) ?? id))];
        if (key === 'stages' && Array.isArray(field)) return [key, unique(field.map((id: string) => stageOf.get(id) ?? id))];
        if (key === 'wordtracks' && Array.isArray(field)) return [key, unique(field.map(wordtrack))];
        return [key, remap(field)];
      }),
    );
  };
  // Read as JSON types, so a review date stays the text the author wrote, as the generator writes its own.
  const copy = (from: string, to: string) => writeFileSync(to, dump(remap(load(readFileSync(from, 'utf8'), { schema: JSON_SCHEMA })), { lineWidth: -1 }));
  for (const name of FILES) copy(join(realContent, name), join(dir, name));
  for (const folder of FOLDERS) {
    mkdirSync(join(dir, folder), { recursive: true });
    for (const name of readdirSync(join(realContent, folder))) copy(join(realContent, folder, name), join(dir, folder, name));
  }
}
