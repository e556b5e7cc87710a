import { describe, expect, it } from 'vitest';
import { glossaryPages, GLOSSARY_PAGE_SIZE } from '../../src/lib/glossary/pages';
import { evenChunks, laterPages, listPageHref } from '../../src/lib/paging/chunks';
import { drawsEveryStop, DETAILED_MAP_STAGES, stagesByPhase } from '../../src/lib/reading/stage-overview';

describe('lists cut into pages', () => {
  it('keeps a short list on one page', () => {
    expect(evenChunks([1, 2, 3], 100)).toEqual([[1, 2, 3]]);
    expect(evenChunks([], 100)).toEqual([[]]);
  });

  it('cuts a long list into as few pages as fit, as even as can be, in order', () => {
    const items = Array.from({ length: 529 }, (_, n) => n);
    const pages = evenChunks(items, 100);
    const lengths = pages.map((page) => page.length);
    expect(lengths).toHaveLength(6);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(100);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
    expect(pages.flat()).toEqual(items);
  });

  it('addresses the first page at the list and the later ones under it', () => {
    expect([listPageHref('/plays/', 1), listPageHref('/plays/', 2)]).toEqual(['/plays/', '/plays/page/2/']);
    expect(laterPages([[1], [2], [3]])).toEqual([
      { params: { page: '2' }, props: { page: 2 } },
      { params: { page: '3' }, props: { page: 3 } },
    ]);
  });
});

describe('the glossary’s pages', () => {
  const terms = (count: number) => Array.from({ length: count }, (_, n) => ({ id: `t${n}`, data: { term: `Term ${String(n).padStart(4, '0')}` } }));

  it('names each page by its first and last term and links a term to its own page', () => {
    const { pages, hrefOf } = glossaryPages(terms(2 * GLOSSARY_PAGE_SIZE + 1));
    expect(pages.map((page) => page.href)).toEqual(['/glossary/', '/glossary/page/2/', '/glossary/page/3/']);
    expect(pages[0]!.label).toBe(`Term 0000 to Term ${String(pages[0]!.entries.length - 1).padStart(4, '0')}`);
    expect(hrefOf('t0')).toBe('/glossary/#t0');
    expect(hrefOf(`t${2 * GLOSSARY_PAGE_SIZE}`)).toBe(`/glossary/page/3/#t${2 * GLOSSARY_PAGE_SIZE}`);
  });

  it('keeps the real playbook’s glossary on one page', () => {
    expect(glossaryPages(terms(39)).pages).toHaveLength(1);
  });
});

describe('the home page’s stage overview', () => {
  it('draws every stop while the playbook is small, and a compact overview past that', () => {
    expect([drawsEveryStop(17), drawsEveryStop(DETAILED_MAP_STAGES), drawsEveryStop(DETAILED_MAP_STAGES + 1)]).toEqual([true, true, false]);
  });

  it('counts a track’s stages by their typical phase', () => {
    expect(stagesByPhase([1, 1, 2, 3, 3, 3])).toEqual({ 1: 2, 2: 1, 3: 3 });
    expect(stagesByPhase([])).toEqual({ 1: 0, 2: 0, 3: 0 });
  });
});
