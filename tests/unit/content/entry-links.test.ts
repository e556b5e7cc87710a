import { describe, expect, it } from 'vitest';
import type { CollectionName, RawEntry } from '../../../src/lib/content/source';
import { entryAddresses, entryLinkIssues, entryLinkProblem, entryPath } from '../../../src/lib/content/entry-links';

// A link an author writes in MDX to one of the playbook's own pages is checked on every save: a page that does not
// exist, or an entry's anchor on a list page that is not there, is an error with a suggestion where one is close.

const entry = (collection: CollectionName, id: string, data: unknown = {}): RawEntry => ({ collection, id, data, file: `content/${collection}/${id}.mdx` });
const entries = [
  entry('tracks', 'showroom'),
  entry('tracks', 'fleet'),
  entry('stages', 'test-drive', { track: 'showroom' }),
  entry('stages', 'trade-in', { track: 'showroom' }),
  entry('stages', 'onboarding', { track: 'fleet' }),
  entry('phases', 'discover'),
  entry('foundations', 'listening'),
  entry('plays', 'counter-offer'),
  entry('wordtracks', 'td-open-1'),
  entry('wordtracks', 'td-open-2'),
  entry('glossary', 'alignment'),
  entry('selfcheck', 'q1'),
];
const addresses = entryAddresses(entries, new Set());
const from = '/tracks/showroom/test-drive/';

describe("an entry's page", () => {
  it.each([
    ['tracks', 'showroom', {}, '/tracks/showroom/'],
    ['stages', 'test-drive', { track: 'showroom' }, '/tracks/showroom/test-drive/'],
    ['phases', 'discover', {}, '/phases/discover/'],
    ['foundations', 'listening', {}, '/foundations/listening/'],
    ['plays', 'counter-offer', {}, '/plays/counter-offer/'],
    ['wordtracks', 'td-open-1', {}, undefined],
    ['glossary', 'alignment', {}, undefined],
    ['selfcheck', 'q1', {}, undefined],
  ] as [CollectionName, string, unknown, string | undefined][])('of %s %s is %s', (collection, id, data, path) => {
    expect(entryPath({ collection, id, data })).toBe(path);
  });
});

describe('the addresses links are judged against', () => {
  it("are every entry's page and the sections they live in", () => {
    expect([...addresses.pages].sort()).toEqual(
      [
        '/tracks/',
        '/phases/',
        '/foundations/',
        '/plays/',
        '/tracks/showroom/',
        '/tracks/fleet/',
        '/tracks/showroom/test-drive/',
        '/tracks/showroom/trade-in/',
        '/tracks/fleet/onboarding/',
        '/phases/discover/',
        '/foundations/listening/',
        '/plays/counter-offer/',
      ].sort(),
    );
  });

  it('and the anchors of the list pages, one for each of their entries', () => {
    expect(addresses.anchors).toEqual(
      new Map([
        ['/wordtracks/', new Set(['td-open-1', 'td-open-2'])],
        ['/glossary/', new Set(['alignment'])],
      ]),
    );
    expect(addresses.unjudged).toEqual(new Set());
  });

  it.each([
    ['tracks', ['/tracks/']],
    ['stages', ['/tracks/']],
    ['phases', ['/phases/']],
    ['foundations', ['/foundations/']],
    ['plays', ['/plays/']],
    ['wordtracks', ['/wordtracks/']],
    ['glossary', ['/glossary/']],
    ['selfcheck', []],
  ] as [CollectionName, string[]][])('leave unjudged what a %s file that did not read would make wrong: %j', (collection, sections) => {
    expect(entryAddresses(entries, new Set([collection])).unjudged).toEqual(new Set(sections));
  });
});

describe('a link to the playbook', () => {
  it.each([
    ['/tracks/showroom/trade-in/'],
    ['../trade-in/'],
    ['/phases/discover'],
    ['/foundations/listening/#why'],
    ['/glossary/#alignment'],
    ['/glossary/'],
    ['/wordtracks/#td-open-2'],
    ['/phases/discover/#a-heading'],
    ['/pricing/'],
    ['https://example.com/tracks/nowhere/'],
    ['HTTP://example.com/plays/nowhere/'],
    ['mailto:sales@example.com'],
    ['//cdn.example.com/plays/nowhere/'],
  ])('%s is fine, or not this check to judge', (href) => {
    expect(entryLinkProblem(href, from, addresses)).toBeUndefined();
  });

  it.each([
    ['../trade-inn/', 'leads to no page; did you mean /tracks/showroom/trade-in/?'],
    ['/tracks/flet/', 'leads to no page; did you mean /tracks/fleet/?'],
    ['/plays/counter-ofer', 'leads to no page; did you mean /plays/counter-offer/?'],
    ['/tracks/x/', 'leads to no page; expected the address of a page under /tracks/'],
    ['/phases/qualify/', 'leads to no page; expected the address of a page under /phases/'],
    ['/plays/counter-offr/?from=page:2', 'leads to no page; did you mean /plays/counter-offer/?'],
    ['/glossary/#alignmnt', 'leads to no #alignmnt on /glossary/; did you mean #alignment?'],
    ['/wordtracks/#closing-line', 'leads to no #closing-line on /wordtracks/; expected the id of an entry listed there'],
  ])('%s %s', (href, problem) => {
    expect(entryLinkProblem(href, from, addresses)).toBe(problem);
  });

  it('suggests only a page beside the one meant, not one further down', () => {
    // /tracks/showroom/test-drive/ is one level down from /tracks/: "test-drive" there is no track.
    expect(entryLinkProblem('/tracks/test-drive/', from, addresses)).toBe('leads to no page; expected the address of a page under /tracks/');
  });

  it('is not judged in a section whose files did not all read', () => {
    expect(entryLinkProblem('/tracks/nowhere/', from, entryAddresses(entries, new Set(['stages'])))).toBeUndefined();
    expect(entryLinkProblem('/glossary/#nothing', from, entryAddresses(entries, new Set(['glossary'])))).toBeUndefined();
    expect(entryLinkProblem('/plays/nowhere/', from, entryAddresses(entries, new Set(['tracks'])))).toBe('leads to no page; expected the address of a page under /plays/');
  });
});

describe("an entry's link issues", () => {
  it('are one for each link that misses, on its line, naming the link', () => {
    const stage = entries[2]!;
    const links = [
      { href: '../trade-inn/', line: 12 },
      { href: '../trade-in/', line: 13 },
      { href: '/glossary/#alignmnt', line: 14 },
    ];
    expect(entryLinkIssues(stage, links, addresses, 'stage')).toEqual([
      { file: 'content/stages/test-drive.mdx', line: 12, kind: 'stage', id: 'test-drive', field: 'link "../trade-inn/"', detail: 'leads to no page; did you mean /tracks/showroom/trade-in/?' },
      { file: 'content/stages/test-drive.mdx', line: 14, kind: 'stage', id: 'test-drive', field: 'link "/glossary/#alignmnt"', detail: 'leads to no #alignmnt on /glossary/; did you mean #alignment?' },
    ]);
  });

  it('are none when every link leads somewhere', () => {
    expect(entryLinkIssues(entries[2]!, [{ href: '../trade-in/' }, { href: '/glossary/#alignment' }], addresses, 'stage')).toEqual([]);
  });

  it("read a relative link from the entry's own page", () => {
    // From /plays/counter-offer/, counter-offer/ is /plays/counter-offer/counter-offer/, which is no page; read from
    // the site's root it would be /counter-offer/, outside the sections this check judges.
    expect(entryLinkIssues(entries[7]!, [{ href: 'counter-offer/', line: 3 }], addresses, 'play')).toEqual([
      expect.objectContaining({ line: 3, detail: 'leads to no page; expected the address of a page under /plays/' }),
    ]);
  });
});
