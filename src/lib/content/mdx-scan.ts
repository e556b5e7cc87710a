/**
 * Reads an MDX body for what can fail when it renders: the components it uses and their props, its `{…}` expressions
 * and its links, each with its line. A scanner, not MDX's parser: that ships inside Astro's compiler and is not ours to
 * import, and what authors write in a playbook (prose, a few components, links) needs no more. Code is skipped.
 */

export type AttributeValue = { kind: 'text'; text: string } | { kind: 'expression'; code: string } | { kind: 'flag' };

export interface MdxTag {
  name: string;
  /** The line in the file, when the body's first line is known. */
  line?: number;
  attributes: { name: string; value: AttributeValue }[];
}

export interface MdxBody {
  tags: MdxTag[];
  /** Expressions in the text and in attribute values. */
  expressions: { code: string; line?: number }[];
  /** Link targets from Markdown links, reference definitions and `href` attributes. */
  links: { href: string; line?: number }[];
  /** Names that `import` and `export` lines bring into scope. */
  declared: Set<string>;
  /** Braces or tags left open, which MDX refuses to compile. */
  unclosed: { what: string; line?: number }[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ESM = /^(import|export)\s/;

/** Names an `import` or `export` line declares: `import A, { B as C } from …`, `export const x = …`. */
function declaredBy(line: string): string[] {
  const names: string[] = [];
  const imported = /^import\s+(.+?)\s+from\s/.exec(line)?.[1];
  if (imported) {
    for (const part of imported.replace(/[{}]/g, ',').split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()?.replace(/^\*\s*/, '');
      if (name) names.push(name);
    }
  }
  const exported = /^export\s+(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/.exec(line)?.[1];
  if (exported) names.push(exported);
  return names;
}

/** The index just past the `}` that closes the `{` at `start`, skipping strings and comments; -1 if it never closes. */
export function closingBrace(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at++) {
    const char = text[at]!;
    if (char === '"' || char === "'" || char === '`') {
      const end = text.indexOf(char, at + 1);
      if (end < 0) return -1;
      at = end;
    } else if (text.startsWith('/*', at)) {
      const end = text.indexOf('*/', at + 2);
      if (end < 0) return -1;
      at = end + 1;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return at + 1;
  }
  return -1;
}

/** Scans `body`, whose first line is line `firstLine` of its file. */
export function scanMdx(body: string, firstLine?: number): MdxBody {
  const result: MdxBody = { tags: [], expressions: [], links: [], declared: new Set(), unclosed: [] };
  // Code and import/export lines are blanked, keeping their length, so every index still maps to its line.
  const lines = body.split('\n');
  let fence: string | undefined;
  const prose = lines
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length)) fence = undefined;
        return ' '.repeat(line.length);
      }
      if (marker) {
        fence = marker;
        return ' '.repeat(line.length);
      }
      if (ESM.test(line)) {
        for (const name of declaredBy(line)) result.declared.add(name);
        return ' '.repeat(line.length);
      }
      return line.replace(/(`+)(.+?)\1/g, (code) => ' '.repeat(code.length));
    })
    .join('\n');
  const starts = [0];
  for (let at = prose.indexOf('\n'); at >= 0; at = prose.indexOf('\n', at + 1)) starts.push(at + 1);
  const lineAt = (index: number) => {
    if (firstLine === undefined) return undefined;
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low + firstLine;
  };

  const open: { name: string; line?: number }[] = [];
  for (let at = 0; at < prose.length; at++) {
    const char = prose[at]!;
    if (char === '\\') {
      at++;
    } else if (char === '{') {
      const end = closingBrace(prose, at);
      if (end < 0) {
        result.unclosed.push({ what: '{', line: lineAt(at) });
        break;
      }
      result.expressions.push({ code: prose.slice(at + 1, end - 1), line: lineAt(at) });
      at = end - 1;
    } else if (char === '<' && /[A-Za-z/]/.test(prose[at + 1] ?? '')) {
      at = readTag(prose, at, lineAt, result, open) - 1;
    } else if (char === ']' && prose[at + 1] === '(') {
      const href = /^\(\s*<?([^\s)>]+)/.exec(prose.slice(at + 1))?.[1];
      if (href) result.links.push({ href, line: lineAt(at) });
    } else if (char === '[' && (at === 0 || prose[at - 1] === '\n')) {
      const definition = /^\[[^\]]+\]:\s*<?([^\s>]+)/.exec(prose.slice(at));
      if (definition) result.links.push({ href: definition[1]!, line: lineAt(at) });
    }
  }
  for (const tag of open) result.unclosed.push({ what: `<${tag.name}>`, line: tag.line });
  return result;
}

/** Reads the tag at `start` (`<Name …>`, `<Name … />` or `</Name>`) and returns the index after it. */
function readTag(text: string, start: number, lineAt: (index: number) => number | undefined, result: MdxBody, open: { name: string; line?: number }[]): number {
  const closing = text[start + 1] === '/';
  const nameMatch = /^[A-Za-z][\w.:-]*/.exec(text.slice(start + (closing ? 2 : 1)));
  if (!nameMatch) return start + 1;
  const name = nameMatch[0];
  let at = start + (closing ? 2 : 1) + name.length;
  const tag: MdxTag = { name, line: lineAt(start), attributes: [] };
  while (at < text.length) {
    const rest = text.slice(at);
    const space = /^\s*/.exec(rest)![0].length;
    at += space;
    if (text.startsWith('/>', at) || text[at] === '>') {
      const selfClosing = text[at] === '/';
      at += selfClosing ? 2 : 1;
      if (closing) {
        const index = open.findLastIndex((candidate) => candidate.name === name);
        if (index >= 0) open.splice(index, 1);
      } else {
        result.tags.push(tag);
        if (!selfClosing) open.push({ name, line: tag.line });
      }
      return at;
    }
    const attribute = /^([A-Za-z_:][\w:.-]*)(\s*=\s*)?/.exec(text.slice(at));
    if (!attribute) break;
    at += attribute[0].length;
    if (!attribute[2]) {
      tag.attributes.push({ name: attribute[1]!, value: { kind: 'flag' } });
      continue;
    }
    const quote = text[at];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, at + 1);
      if (end < 0) break;
      const value = text.slice(at + 1, end);
      tag.attributes.push({ name: attribute[1]!, value: { kind: 'text', text: value } });
      if (attribute[1] === 'href') result.links.push({ href: value, line: lineAt(at) });
      at = end + 1;
    } else if (quote === '{') {
      const end = closingBrace(text, at);
      if (end < 0) break;
      const code = text.slice(at + 1, end - 1);
      tag.attributes.push({ name: attribute[1]!, value: { kind: 'expression', code } });
      result.expressions.push({ code, line: lineAt(at) });
      at = end;
    } else break;
  }
  result.unclosed.push({ what: `<${name}`, line: tag.line });
  return text.length;
}
