import { describe, expect, it } from 'vitest';
import { deadLinkMessages } from '../../src/lib/content/dead-link-report';
import { deadLinks, idsIn, internalLinks } from '../../src/lib/content/site-links';

const page = (path: string, body: string) => ({ path, html: `<!doctype html><html><body>${body}</body></html>` });
const site = [
  page('/', '<main id="main"><a href="#main">Skip</a> <a href="/tracks/showroom/test-drive/">Drive</a> <a href="https://example.com/">Out</a> <a href="mailto:a@b.c">Mail</a></main>'),
  page('/tracks/showroom/', '<a href="test-drive/">Drive</a> <a href="trade-in/#wordtracks">Lines</a> <a href="/plan/reference.json">Data</a>'),
  page('/tracks/showroom/test-drive/', '<h2 id="wordtracks">Wordtracks</h2><a href="../trade-in/">Next</a> <a href="/wordtracks/?stage=test-drive&amp;phase=2#td-open-1">Library</a>'),
  page('/tracks/showroom/trade-in/', '<h2 id="wordtracks">Wordtracks</h2>'),
  page('/wordtracks/', '<article id="td-open-1"></article><article id="td-transition-1"></article>'),
];
const isFile = (path: string) => path === '/plan/reference.json';

describe('reading links and ids from HTML', () => {
  it('keeps the links that stay on the site and decodes entities', () => {
    expect(internalLinks(site[0]!.html)).toEqual(['#main', '/tracks/showroom/test-drive/']);
    expect(internalLinks(site[2]!.html)).toEqual(['../trade-in/', '/wordtracks/?stage=test-drive&phase=2#td-open-1']);
    expect([...idsIn(site[4]!.html)]).toEqual(['td-open-1', 'td-transition-1']);
  });
});

describe('dead links of a built site', () => {
  it('finds none when every page, file and anchor is there, relative links included', () => {
    expect(deadLinks(site, isFile)).toEqual([]);
  });

  it('names a link to a page that was not built, with the page beside it that is spelt nearly the same', () => {
    const broken = [...site, page('/foundations/rhythm/', '<a href="/tracks/showroom/tradein/">x</a> <a href="/tracks/showroom/nope/">y</a>')];
    expect(deadLinks(broken, isFile)).toEqual([
      { page: '/foundations/rhythm/', href: '/tracks/showroom/tradein/', problem: 'leads to no page; did you mean /tracks/showroom/trade-in/?' },
      { page: '/foundations/rhythm/', href: '/tracks/showroom/nope/', problem: 'leads to no page; expected the address of a page of the site' },
    ]);
  });

  it('names a link to an anchor its page does not have, relative or on the same page', () => {
    const broken = [...site, page('/tracks/showroom/delivery/', '<a href="/wordtracks/#td-opne-1">x</a> <a href="#missing">y</a> <a href="../trade-in/#nope">z</a>')];
    expect(deadLinks(broken, isFile).map((link) => `${link.href}: ${link.problem}`)).toEqual([
      '/wordtracks/#td-opne-1: leads to no #td-opne-1 on /wordtracks/; did you mean #td-open-1?',
      '#missing: leads to no #missing on /tracks/showroom/delivery/; expected the id of a heading, wordtrack or term on that page',
      '../trade-in/#nope: leads to no #nope on /tracks/showroom/trade-in/; expected the id of a heading, wordtrack or term on that page',
    ]);
  });
});

describe('anchors a page follows to another page', () => {
  it('takes a link to an anchor the page looks up elsewhere as live, and still names one it does not', () => {
    const old = [...site, page('/plays/rescue/', '<a href="/wordtracks/#cp-open-1">moved</a> <a href="/wordtracks/#nowhere">gone</a>')];
    const followed = new Map([['/wordtracks/', new Set(['cp-open-1'])]]);
    expect(deadLinks(old, isFile, followed).map((link) => link.href)).toEqual(['/wordtracks/#nowhere']);
  });
});

describe('the message of a dead link names where it was written', () => {
  const dead = [
    { page: '/foundations/rhythm/', href: '/tracks/showroom/nope/', problem: 'leads to no page' },
    { page: '/tracks/showroom/test-drive/', href: '/plan/nope/', problem: 'leads to no page' },
    { page: '/tracks/showroom/trade-in/', href: '/plan/nope/', problem: 'leads to no page' },
  ];
  const fromContent = new Map([['/tracks/showroom/nope/', [{ file: 'content/foundations/rhythm.mdx', line: 12, kind: 'foundation', id: 'rhythm' }]]]);
  const routeOf = (path: string) => (path.startsWith('/tracks/') ? 'src/pages/tracks/[track]/[stage].astro' : 'src/pages/index.astro');

  it('the MDX file and line for a link an author wrote, the route once for a link its template puts on many pages', () => {
    expect(deadLinkMessages(dead, fromContent, routeOf)).toEqual([
      'content/foundations/rhythm.mdx:12: foundation "rhythm": link "/tracks/showroom/nope/": leads to no page',
      'src/pages/tracks/[track]/[stage].astro: link "/plan/nope/" (on 2 pages, such as /tracks/showroom/test-drive/): leads to no page',
    ]);
  });
});
