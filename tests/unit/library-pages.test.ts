import { describe, expect, it } from 'vitest';
import { libraryPages, pageOfEach, partHref, type Shelf } from '../../src/lib/library/pages';
import { shelvesFromSource } from '../../src/lib/library/source-pages';
import { partTitle, stageSpan, wordtrackCount } from '../../src/lib/library/labels';
import { validSource } from '../support/playbook-fixture';

/** A track whose stages hold `sizes` items, named `<stage>-<n>`. */
const shelf = (id: string, sizes: number[]): Shelf<string> => ({
  id,
  stages: sizes.map((size, stage) => ({ id: `${id}-s${stage + 1}`, items: Array.from({ length: size }, (_, n) => `${id}-s${stage + 1}-${n + 1}`) })),
});
const counts = (pages: ReturnType<typeof libraryPages<string>>) => pages.map((page) => page.groups.reduce((sum, group) => sum + group.items.length, 0));

describe('cutting the library into pages', () => {
  it('gives a track that fits one page, at the track’s own address', () => {
    const pages = libraryPages([shelf('showroom', [8, 7, 9])], '/wordtracks/', 80);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ track: 'showroom', part: 1, parts: 1, href: '/wordtracks/showroom/' });
    expect(pages[0]!.groups.map((group) => [group.stage, group.items.length, group.continued])).toEqual([
      ['showroom-s1', 8, false],
      ['showroom-s2', 7, false],
      ['showroom-s3', 9, false],
    ]);
  });

  it('cuts a long track into even parts of whole stages, none over the size', () => {
    const pages = libraryPages([shelf('long', Array.from({ length: 14 }, () => 8))], '/wordtracks/', 80);
    expect(pages.map((page) => page.href)).toEqual(['/wordtracks/long/', '/wordtracks/long/2/']);
    expect(counts(pages)).toEqual([56, 56]);
    expect(pages.every((page) => page.parts === 2 && page.groups.every((group) => !group.continued))).toBe(true);
  });

  it('keeps every item once and in order across the parts', () => {
    const track = shelf('t', [30, 5, 41, 12, 60, 3, 18]);
    const pages = libraryPages([track], '/wordtracks/', 50);
    expect(counts(pages).every((count) => count <= 50)).toBe(true);
    expect(pages.flatMap((page) => page.groups.flatMap((group) => group.items))).toEqual(track.stages.flatMap((stage) => stage.items));
  });

  it('splits a stage longer than a page, marking the rest as continued', () => {
    const pages = libraryPages([shelf('t', [5, 130])], '/wordtracks/', 50);
    expect(pages.map((page) => page.groups.map((group) => [group.stage, group.items.length, group.continued]))).toEqual([
      [['t-s1', 5, false], ['t-s2', 45, false]],
      [['t-s2', 50, true]],
      [['t-s2', 35, true]],
    ]);
  });

  it('gives a page to no empty track and a group to no empty stage', () => {
    const pages = libraryPages([shelf('empty', [0, 0]), shelf('some', [0, 3, 0])], '/phases/2/wordtracks/', 80);
    expect(pages.map((page) => [page.href, page.groups.map((group) => group.stage)])).toEqual([['/phases/2/wordtracks/some/', ['some-s2']]]);
  });

  it('says where each item is shown', () => {
    const pages = libraryPages([shelf('a', [60, 60]), shelf('b', [2])], '/wordtracks/', 80);
    const where = pageOfEach(pages, (item) => item);
    expect([where.get('a-s1-1'), where.get('a-s2-60'), where.get('b-s1-2')]).toEqual(['/wordtracks/a/', '/wordtracks/a/2/', '/wordtracks/b/']);
    expect(where.size).toBe(122);
  });

  it('addresses a part under its track', () => {
    expect([partHref('/wordtracks/', 'x', 1), partHref('/wordtracks/', 'x', 3)]).toEqual(['/wordtracks/x/', '/wordtracks/x/3/']);
  });
});

describe('the library’s shelves from the content as written', () => {
  it('shelves each wordtrack under the stage of its own file, stages in track order', () => {
    const source = validSource();
    source.wordtrackFiles[0]!.data = { wordtracks: [{ id: 'td-open-1' }, { id: 'td-transition-1', stages: ['trade-in'] }] };
    // Listed out of order: the shelf follows the stages' `order`, not the order they were read in.
    source.entries.reverse();
    expect(shelvesFromSource(source)).toEqual([
      {
        id: 'showroom',
        stages: [
          { id: 'test-drive', items: ['td-open-1', 'td-transition-1'] },
          // The transition also serves the trade-in, but is shelved once, under its own file's stage.
          { id: 'trade-in', items: [] },
        ],
      },
    ]);
  });
});

describe('how a library page names itself', () => {
  const pages = libraryPages([shelf('t', [40, 40, 40])], '/wordtracks/', 80);
  const position = (stage: string) => Number(stage.replace(/^t-s/, '')) * 2;

  it('names the stages a part covers by their positions in the track', () => {
    expect(pages.map((page) => stageSpan(page, position))).toEqual(['Stages 2–4', 'Stage 6']);
  });

  it('adds the stages to the title only when the track is cut into parts', () => {
    expect(partTitle('The showroom sale', pages[1]!, position)).toBe('The showroom sale, stage 6');
    expect(partTitle('The showroom sale', libraryPages([shelf('u', [3])], '/wordtracks/')[0]!, position)).toBe('The showroom sale');
  });

  it('counts wordtracks as a reader reads them', () => {
    expect([wordtrackCount(1), wordtrackCount(12), wordtrackCount(7652)]).toEqual(['1 wordtrack', '12 wordtracks', '7,652 wordtracks']);
  });
});
