import { describe, expect, it } from 'vitest';
import { closingBrace, scanMdx } from '../../../src/lib/content/mdx-scan';

// What an author's MDX body holds that can fail when it renders: the component names the check looks up, the
// expressions it reads, the links it follows and what is left open. The scanner's general shape is in
// tests/unit/content-parts.test.ts; these are the edges a playbook page runs into.

describe('where an MDX expression ends', () => {
  it.each([
    ['{a}', 3],
    ['{ {nested: 1} }', 15],
    ['{"}"} after', 5],
    ["{'}'} after", 5],
    ['{`}`} after', 5],
    ['{/* } */ x} after', 11],
    ['{/*/ } */} after', 10],
    ['{price /*each*/* 2} after', 19],
  ])('%j closes at %i', (text, end) => {
    expect(closingBrace(text, 0)).toBe(end);
  });

  it.each(['{"never closed', "{'never closed", '{/* never closed', '{ {a} '])('%j never closes', (text) => {
    expect(closingBrace(text, 0)).toBe(-1);
  });

  it('starts from the brace it is given', () => {
    expect(closingBrace('x {a} {bc}', 6)).toBe(10);
  });
});

describe('scanning an MDX body', () => {
  it('takes a brace inside a string or comment as text, not as the end of the expression', () => {
    const scan = scanMdx('Price {"}" + total} and {/* } */ count}.', 1);
    expect(scan.expressions).toEqual([
      { code: '"}" + total', line: 1 },
      { code: '/* } */ count', line: 1 },
    ]);
    expect(scan.unclosed).toEqual([]);
  });

  it('reports an expression whose string never closes as an open brace, on its line', () => {
    expect(scanMdx('Fine.\nA {"quote that never ends', 10).unclosed).toEqual([{ what: '{', line: 11 }]);
  });

  it('knows the names an export declares, as well as those an import brings in', () => {
    const scan = scanMdx(['import Chart, { Aside as Note } from "./parts";', 'export const price = 3;', 'export function total() {}', '', 'Text.'].join('\n'));
    expect(scan.declared).toEqual(new Set(['Chart', 'Note', 'price', 'total']));
  });

  it('finds a component whose name starts the tag, and treats < before a space or a digit as text', () => {
    const scan = scanMdx('Margin < 5% and 3 <4 are prose.\n<Unknown kind="x" />', 1);
    expect(scan.tags.map((tag) => [tag.name, tag.line])).toEqual([['Unknown', 2]]);
  });

  it('moves past a < that opens no tag name and still finds the tag after it', () => {
    const scan = scanMdx('</ ><Aside>x</Aside>', 1);
    expect(scan.tags.map((tag) => tag.name)).toEqual(['Aside']);
    expect(scan.unclosed).toEqual([]);
  });

  it('follows an href attribute as a link, on the line of its value', () => {
    const scan = scanMdx('Intro.\n<a\n  href="/tracks/showroom/">x</a>', 5);
    expect(scan.links).toEqual([{ href: '/tracks/showroom/', line: 7 }]);
  });

  it('does not follow a text attribute other than href', () => {
    expect(scanMdx('<Aside title="/not/a/link">x</Aside>', 1).links).toEqual([]);
  });

  it('names a tag that never reaches its >, on the line it starts', () => {
    const scan = scanMdx('Intro.\n\n<Aside kind="tip"\nrest of the page', 3);
    expect(scan.unclosed).toEqual([{ what: '<Aside', line: 5 }]);
  });

  it('names a tag whose attribute value never closes', () => {
    expect(scanMdx('<Aside kind="tip>text', 1).unclosed).toEqual([{ what: '<Aside', line: 1 }]);
    expect(scanMdx('<Chart data={[1, 2] />', 1).unclosed).toEqual([{ what: '<Chart', line: 1 }]);
  });
});
