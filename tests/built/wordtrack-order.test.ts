import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlaybook } from '../../src/lib/content/source';
import { distDir } from '../../harness/site-files';
import { fileForPath } from '../support/links';
import { libraryPageOfEach } from '../../src/lib/library/source-pages';

// The order a reader should meet wordtracks in, taken straight from the files: tracks and stages by their `order`,
// then each stage file top to bottom. Astro's store sorts by id, so this fails if a page reads the store's order.
const source = readPlaybook('content');
interface StageData { track: string; order: number }
const trackOrder = new Map(source.entries.filter((entry) => entry.collection === 'tracks').map((entry) => [entry.id, (entry.data as { order: number }).order]));
const stages = source.entries
  .filter((entry) => entry.collection === 'stages')
  .map((entry) => ({ id: entry.id, ...(entry.data as StageData) }))
  .sort((a, b) => trackOrder.get(a.track)! - trackOrder.get(b.track)! || a.order - b.order);
const written = new Map(source.wordtrackFiles.map((file) => [file.stage, (file.data as { wordtracks: { id: string; intent: string; phase: number }[] }).wordtracks]));
const libraryOrder = stages.flatMap((stage) => written.get(stage.id) ?? []);

const html = (path: string) => readFileSync(fileForPath(distDir, path)!, 'utf8');
/** The wordtracks a page shows, in page order: library cards by their anchor, other cards by their library link. */
const shownIds = (page: string) => [...page.matchAll(/<article class="wordtrack"[\s\S]*?(?:\sid="([^"]+)"[^>]*>|href="\/wordtracks\/[^"#]*#([^"]+)")/g)].map((match) => match[1] ?? match[2]!);
/** The library's pages in reading order: each track's parts in turn. */
const libraryPages = [...new Set(libraryPageOfEach(source).values())];

describe('wordtracks appear in the order their author wrote them', () => {
  it('the library, page by page and stage by stage', () => {
    expect(libraryPages.length).toBeGreaterThan(1);
    expect(libraryPages.flatMap((path) => shownIds(html(path)))).toEqual(libraryOrder.map((wordtrack) => wordtrack.id));
  });

  it.each(stages.map((stage) => [stage.id, stage.track]))('the page of stage %s', (id, track) => {
    const own = written.get(id)!;
    const ownIds = new Set(own.map((wordtrack) => wordtrack.id));
    // The stage page shows its transition under "The transition", then the rest under "Wordtracks for this stage".
    const expected = [...own.filter((wordtrack) => wordtrack.intent === 'transition'), ...own.filter((wordtrack) => wordtrack.intent !== 'transition')];
    // The body may quote a wordtrack anywhere (<Wordtrack id="…">); the lists start at the transition.
    const page = html(`/tracks/${track}/${id}/`);
    const lists = page.slice(page.indexOf('>The transition'));
    expect(shownIds(lists).filter((shown) => ownIds.has(shown))).toEqual(expected.map((wordtrack) => wordtrack.id));
  });

  it.each([...new Set(stages.map((stage) => stage.track))])('the planner’s wordtrack picker on the %s track', (track) => {
    const offered = (JSON.parse(html(`/plan/wordtracks/${track}.json`)) as { id: string }[]).map((wordtrack) => wordtrack.id);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).toEqual(libraryOrder.map((wordtrack) => wordtrack.id).filter((id) => offered.includes(id)));
  });
});
