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

  it('names a tag whose attribute value never closes, and takes nothing from that value', () => {
    const quoted = scanMdx('<a href="/tracks/>text', 1);
    expect(quoted.unclosed).toEqual([{ what: '<a', line: 1 }]);
    expect(quoted.links).toEqual([]);
    const braced = scanMdx('<Chart data={[1, 2] />', 1);
    expect(braced.unclosed).toEqual([{ what: '<Chart', line: 1 }]);
    expect(braced.expressions).toEqual([]);
  });

  it('names a tag with an attribute MDX cannot read: an unquoted value, or no attribute name', () => {
    const unquoted = scanMdx('<Aside kind=tip>{a}</Aside>', 1);
    expect(unquoted.unclosed).toEqual([{ what: '<Aside', line: 1 }]);
    expect(scanMdx('<Aside #tip>x</Aside>', 1).unclosed).toEqual([{ what: '<Aside', line: 1 }]);
  });

  it('reads an attribute with spaces around its =', () => {
    expect(scanMdx('<Aside kind = "tip">x</Aside>', 1).tags[0]!.attributes).toEqual([{ name: 'kind', value: { kind: 'text', text: 'tip' } }]);
  });
});

describe('code an MDX body holds, which the scanner skips', () => {
  const tagsOf = (body: string) => scanMdx(body, 1).tags.map((tag) => tag.name);

  it('is a fence only where the line starts with it', () => {
    expect(tagsOf('Write ``` to start a code block.\n<Shown />')).toEqual(['Shown']);
    expect(tagsOf('~ 20 minutes, about.\n<Shown />')).toEqual(['Shown']);
    expect(tagsOf('~~~\n<Hidden />\n~~~\n<Shown />')).toEqual(['Shown']);
  });

  it('ends a fence only at a line of the same character, at least as long, with nothing after it', () => {
    expect(tagsOf('```\n~~~\n<Hidden />\n```\n<Shown />')).toEqual(['Shown']);
    expect(tagsOf('````\n```\n<Hidden />\n````\n<Shown />')).toEqual(['Shown']);
    expect(tagsOf('```\n```js\n<Hidden />\n```\n<Shown />')).toEqual(['Shown']);
    expect(tagsOf('```\n<Hidden />\n  ```\n<Shown />')).toEqual(['Shown']);
  });

  it('is an import or export only where the line starts with one', () => {
    const scan = scanMdx('Dealers who export cars: {count}', 1);
    expect(scan.expressions).toEqual([{ code: 'count', line: 1 }]);
    expect(scan.declared).toEqual(new Set());
  });
});

describe('lines and positions in an MDX body', () => {
  it('gives no lines when the body has no first line to count from', () => {
    const scan = scanMdx('<Aside />\n{a}');
    expect(scan.tags[0]!.line).toBeUndefined();
    expect(scan.expressions).toEqual([{ code: 'a', line: undefined }]);
  });

  it('counts a body that starts with a blank line', () => {
    expect(scanMdx('\n<Aside />', 5).tags[0]!.line).toBe(6);
  });

  it('gives an expression over several lines the line it opens on', () => {
    expect(scanMdx('Total: {\nprice\n}', 1).expressions).toEqual([{ code: '\nprice\n', line: 1 }]);
  });

  it('finds what follows an expression straight after it', () => {
    const scan = scanMdx('{first}{second}<Badge />', 1);
    expect(scan.expressions.map((expression) => expression.code)).toEqual(['first', 'second']);
    expect(scan.tags.map((tag) => tag.name)).toEqual(['Badge']);
  });
});

describe('links in an MDX body', () => {
  const linksOf = (body: string) => scanMdx(body, 1).links.map((link) => link.href);

  it('are not parentheses in prose, nor an empty link target', () => {
    expect(linksOf('Parentheses (like these) are not links.')).toEqual([]);
    expect(linksOf('[empty]() and then (words)')).toEqual([]);
  });

  it('include a reference definition at the start of the body or of a line, with or without a space', () => {
    expect(linksOf('[ref]: /glossary/')).toEqual(['/glossary/']);
    expect(linksOf('Text.\n[ref]:/plays/')).toEqual(['/plays/']);
  });

  it('are not a [label]: in the middle of a line, nor a line that starts with a bracket but defines nothing', () => {
    expect(linksOf('A note [label]: /not/a/link')).toEqual([]);
    expect(linksOf('[Draft] this section is new')).toEqual([]);
  });
});

describe('tags closed by the wrong name', () => {
  it('leave open the tag the closing name does not match', () => {
    expect(scanMdx('<Aside><Note>x</Aside>', 1).unclosed).toEqual([{ what: '<Note>', line: 1 }]);
    expect(scanMdx('<Aside>x</Note>', 1).unclosed).toEqual([{ what: '<Aside>', line: 1 }]);
  });
});
