import { describe, expect, it } from 'vitest';
import { undefinedNames } from '../../src/lib/content/expression-names';
import { scanMdx } from '../../src/lib/content/mdx-scan';
import { lineOfPath } from '../../src/lib/content/yaml-lines';
import { calendarDayProblem } from '../../src/schemas/calendar-date';

describe('the line of a field in block-style YAML', () => {
  const file = [
    'owner: Sales', //              1
    'reviewed: 2026-10-01', //      2
    'wordtracks:', //               3
    '  - id: td-open-1', //         4
    '    text: Hello', //           5
    '', //                          6
    '    # a comment', //           7
    '    tags: [drive, listen]', // 8
    '  - id: td-open-2', //         9
    '    "phase": 2', //           10
    '    stages:', //              11
    '    - trade-in', //           12
    '    - delivery', //           13
  ];
  it.each([
    [['reviewed'], 2],
    [['wordtracks', 0, 'text'], 5],
    [['wordtracks', 0, 'tags', 1], 8],
    [['wordtracks', 1, 'phase'], 10],
    [['wordtracks', 1, 'stages', 1], 13],
    [['wordtracks', 1, 'when'], 9],
    [['wordtracks', 5], 3],
  ] as [PropertyKey[], number][])('%j is on line %i', (path, line) => {
    expect(lineOfPath(file, path)).toBe(line);
  });
  it('counts from the line the YAML starts on, and finds nothing for a field no line has', () => {
    expect(lineOfPath(['title: A', 'order: 2'], ['order'], 2)).toBe(3);
    expect(lineOfPath(['title: A'], ['order'])).toBeUndefined();
  });
});

describe('the names an MDX expression reads that nothing defines', () => {
  const scope = new Set(['frontmatter', 'props']);
  it.each([
    ['price.total', ['price']],
    ['frontmatter.title.toUpperCase()', []],
    ['[1, 2].map((n) => n * 2).join(", ")', []],
    ['items.filter(function (item) { return item.done })', ['items']],
    ['{ phase: 2, stage: current }', ['current']],
    ['`Total: ${price}` + "text that says price"', ['price']],
    ['Math.max(1, 2) + Number("3")', []],
    ['/* a note to the next author */', []],
    ['open ? <b title="yes">yes, {count}</b> : <Aside kind="note" />', ['open', 'count']],
  ] as [string, string[]][])('{%s} reads %j', (code, names) => {
    expect(undefinedNames(code, scope)).toEqual(names);
  });
});

describe('scanning an MDX body', () => {
  const body = [
    'import Chart from "../chart.astro";', //                       1
    '', //                                                          2
    'Text with `<Inline>` code, an escaped \\{brace} and {frontmatter.title}.', // 3
    '```mdx', //                                                    4
    '<Callout>{not.code}</Callout>', //                            5
    '```', //                                                       6
    '<Aside kind="tip" open>See [the drive](/tracks/showroom/test-drive/).</Aside>', // 7
    '<WordtrackList phase={2} />', //                               8
    '[ref]: /glossary/#alignment', //                               9
    '<Chart data={[1, 2]} />', //                                  10
  ].join('\n');
  const scan = scanMdx(body, 20);

  it('finds the tags and their props outside code, with their lines in the file', () => {
    expect(scan.tags.map((tag) => [tag.name, tag.line, tag.attributes])).toEqual([
      ['Aside', 26, [{ name: 'kind', value: { kind: 'text', text: 'tip' } }, { name: 'open', value: { kind: 'flag' } }]],
      ['WordtrackList', 27, [{ name: 'phase', value: { kind: 'expression', code: '2' } }]],
      ['Chart', 29, [{ name: 'data', value: { kind: 'expression', code: '[1, 2]' } }]],
    ]);
    expect(scan.declared).toEqual(new Set(['Chart']));
    expect(scan.unclosed).toEqual([]);
  });

  it('finds the expressions and links, and none inside code or after a backslash', () => {
    expect(scan.expressions.map((expression) => [expression.code, expression.line])).toEqual([['frontmatter.title', 22], ['2', 27], ['[1, 2]', 29]]);
    expect(scan.links).toEqual([{ href: '/tracks/showroom/test-drive/', line: 26 }, { href: '/glossary/#alignment', line: 28 }]);
  });

  it('names what is left open', () => {
    expect(scanMdx('<Aside kind="tip">\nNever closed.\n\nA {brace', 1).unclosed).toEqual([{ what: '{', line: 4 }, { what: '<Aside>', line: 1 }]);
  });
});

describe('calendar days', () => {
  it.each([
    ['2026-10-14', undefined],
    ['2028-02-29', undefined],
    ['2026-02-29', 'February 2026 has 28 days'],
    ['2026-04-31', 'April 2026 has 30 days'],
    ['2026-13-01', 'there is no month 13'],
    ['2026-00-10', 'there is no month 0'],
    ['2026-1-5', 'not written YYYY-MM-DD'],
  ])('%s: %s', (text, problem) => {
    expect(calendarDayProblem(text)).toBe(problem);
  });
});
