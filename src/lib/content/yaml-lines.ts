/**
 * Finds the line a field is written on in block-style YAML, by indentation alone. js-yaml reports no positions for
 * values, and a second parser that does would cost more than the whole check; authors write block style, and a flow
 * list (`stages: [a, b]`) or a folded text simply yields the line of its key.
 */

interface LineShape {
  /** Column of the first `-` of a list item, or of the text when the line is not an item. */
  dash: number;
  /** Column where the line's key or value starts, after any `- `. */
  key: number;
  item: boolean;
  rest: string;
}

function shapeOf(line: string): LineShape | undefined {
  const match = /^( *)((?:-(?: +|$))*)(.*)$/.exec(line)!;
  const rest = match[3]!;
  if (!match[2] && (rest === '' || rest.startsWith('#'))) return undefined;
  return { dash: match[1]!.length, key: match[1]!.length + match[2]!.length, item: match[2]!.length > 0, rest };
}

function firstContent(lines: string[], from: number, to: number): { at: number; shape: LineShape } | undefined {
  for (let at = from; at < to; at++) {
    const shape = shapeOf(lines[at]!);
    if (shape) return { at, shape };
  }
  return undefined;
}

/** Where the block of a key or an item ends: at the next line that is not indented under it. */
function blockEnd(lines: string[], at: number, to: number, column: number, isItem: boolean): number {
  for (let next = at + 1; next < to; next++) {
    const shape = shapeOf(lines[next]!);
    if (!shape) continue;
    // A list may sit at its key's own indentation (`wordtracks:` then `- id: …`); an item ends at its sibling.
    const nestedList = !isItem && shape.item && shape.dash === column;
    if (shape.dash < column || (shape.dash === column && !nestedList) || (isItem && shape.dash <= column)) return next;
  }
  return to;
}

function keyLine(lines: string[], from: number, to: number, key: string): number | undefined {
  const first = firstContent(lines, from, to);
  if (!first) return undefined;
  const column = first.shape.key;
  const name = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const written = new RegExp(`^(?:${name}|"${name}"|'${name}')\\s*:(?:\\s|$)`);
  for (let at = first.at; at < to; at++) {
    const shape = shapeOf(lines[at]!);
    if (shape && shape.key === column && written.test(shape.rest)) return at;
  }
  return undefined;
}

function itemLine(lines: string[], from: number, to: number, index: number): number | undefined {
  const first = firstContent(lines, from, to);
  if (!first?.shape.item) return undefined;
  let seen = -1;
  for (let at = first.at; at < to; at++) {
    const shape = shapeOf(lines[at]!);
    if (shape?.item && shape.dash === first.shape.dash && ++seen === index) return at;
  }
  return undefined;
}

/**
 * The 1-based line of `path` (such as `['wordtracks', 3, 'phase']`) in `lines`, or of the deepest part of it that is
 * there: a missing field gives its entry's line. `firstLine` is the file line of `lines[0]` (2 for MDX frontmatter).
 */
export function lineOfPath(lines: string[], path: readonly PropertyKey[], firstLine = 1): number | undefined {
  let [from, to] = [0, lines.length];
  let found: number | undefined;
  for (const part of path) {
    const at = typeof part === 'number' ? itemLine(lines, from, to, part) : keyLine(lines, from, to, String(part));
    if (at === undefined) break;
    found = at;
    const shape = shapeOf(lines[at]!)!;
    // An item's first key shares the item's line; a key's value starts on the line after it.
    [from, to] = typeof part === 'number' ? [at, blockEnd(lines, at, to, shape.dash, true)] : [at + 1, blockEnd(lines, at, to, shape.key, false)];
  }
  return found === undefined ? undefined : found + firstLine;
}

const linesOf = new Map<string, string[]>();

/** The line of `path` inside an entry written at `origin`; the split text is kept, as one file has many entries. */
export function lineInOrigin(origin: { yaml: string; path: readonly PropertyKey[]; firstLine: number } | undefined, path: readonly PropertyKey[] = []): number | undefined {
  if (!origin) return undefined;
  let lines = linesOf.get(origin.yaml);
  if (!lines) {
    if (linesOf.size > 64) linesOf.clear();
    lines = origin.yaml.split('\n');
    linesOf.set(origin.yaml, lines);
  }
  return lineOfPath(lines, [...origin.path, ...path], origin.firstLine);
}
