import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_READ } from '../../../src/lib/content/content-dir';
import { handedCollections, loaderEntries, readHandedEntries, writeHandedRead } from '../../../src/lib/content/handed-read';
import { parseContentYaml } from '../../../src/lib/content/yaml';
import { readPlaybook } from '../../../src/lib/content/source';
import { handedOrOwn } from '../../../src/loaders/handed-or-own';

const source = readPlaybook('content');
/** A file as the content check parses it: dates stay the text written, which the schemas read as Astro's Dates. */
const load = (file: string) => {
  const result = parseContentYaml(readFileSync(file, 'utf8'));
  if (!('value' in result)) throw new Error(`${file} does not parse`);
  return result.value;
};
const folders: string[] = [];
const scratch = () => {
  const folder = mkdtempSync(join(tmpdir(), 'attune-handed-'));
  folders.push(folder);
  return folder;
};

afterEach(() => {
  vi.unstubAllEnvs();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('what the build hands to the loaders', () => {
  it('covers the collections written in YAML and leaves MDX to Astro', () => {
    expect(handedCollections).toEqual(expect.arrayContaining(['wordtracks', 'tracks', 'glossary', 'objections', 'selfcheck', 'coach']));
    for (const mdx of ['stages', 'phases', 'foundations', 'plays']) expect(handedCollections).not.toContain(mdx);
  });

  it('gives an ordered list’s entries as written, each with its place in the file', () => {
    const items = load('content/personas.yaml') as { id: string }[];
    const entries = loaderEntries(source, 'personas');
    expect(entries.map((entry) => entry.id)).toEqual(items.map((item) => item.id));
    expect(entries.map((entry) => entry.data)).toEqual(items.map((item, position) => ({ ...item, position })));
    expect(new Set(entries.map((entry) => entry.filePath))).toEqual(new Set(['content/personas.yaml']));
  });

  it('gives an unordered list’s entries as written, without a place', () => {
    for (const collection of ['glossary', 'tracks'] as const) {
      const items = load(`content/${collection}.yaml`) as { id: string }[];
      expect(loaderEntries(source, collection).map((entry) => entry.data)).toEqual(items);
    }
  });

  it('gives each wordtrack of a stage’s file with the file’s stage first, its owner and review date, and its place', () => {
    const file = 'content/wordtracks/showroom/test-drive.yaml';
    const written = load(file) as { owner: string; reviewed: unknown; wordtracks: { id: string; stages?: string[] }[] };
    const entries = loaderEntries(source, 'wordtracks').filter((entry) => entry.filePath === file);
    expect(entries.map((entry) => entry.id)).toEqual(written.wordtracks.map((item) => item.id));
    entries.forEach((entry, position) => {
      expect(entry.data).toMatchObject({ owner: written.owner, position });
      expect((entry.data.stages as string[])[0]).toBe('test-drive');
    });
    expect(loaderEntries(source, 'wordtracks')).toHaveLength(source.entries.filter((entry) => entry.collection === 'wordtracks').length);
  });

  it('reads back what it wrote, collection by collection', () => {
    const folder = scratch();
    writeHandedRead(folder, source);
    for (const collection of handedCollections) expect(readHandedEntries(folder, collection)).toEqual(JSON.parse(JSON.stringify(loaderEntries(source, collection))));
  });
});

/** A loader context that keeps what the loader stores, and checks data as a schema would: unchanged. */
function fakeContext() {
  const stored = new Map<string, { data: unknown; filePath?: string; digest?: string | number }>();
  const context = {
    config: { root: new URL('file:///project/') },
    store: { clear: () => stored.clear(), set: (entry: { id: string; data: unknown; filePath?: string; digest?: string | number }) => stored.set(entry.id, entry) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (data: unknown) => JSON.stringify(data).length,
  } as unknown as LoaderContext;
  return { context, stored };
}

describe('a YAML collection’s loader', () => {
  const own = (): Loader & { load: ReturnType<typeof vi.fn> } => ({ name: 'own', load: vi.fn(async () => undefined) });

  it('takes the entries npm run build handed over, and reads no file itself', async () => {
    const folder = scratch();
    writeHandedRead(folder, source);
    vi.stubEnv(CONTENT_READ, folder);
    const ownLoader = own();
    const { context, stored } = fakeContext();
    await handedOrOwn('tracks', ownLoader).load(context);
    expect(ownLoader.load).not.toHaveBeenCalled();
    expect([...stored.keys()]).toEqual(loaderEntries(source, 'tracks').map((entry) => entry.id));
    expect(stored.get('showroom')).toMatchObject({ filePath: 'content/tracks.yaml', data: { id: 'showroom', order: 1 } });
  });

  it('reads the files itself in a build started another way', async () => {
    vi.stubEnv(CONTENT_READ, '');
    const ownLoader = own();
    const { context, stored } = fakeContext();
    await handedOrOwn('tracks', ownLoader).load(context);
    expect(ownLoader.load).toHaveBeenCalledWith(context);
    expect(stored.size).toBe(0);
  });
});
