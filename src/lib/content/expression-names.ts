import { closingBrace } from './mdx-scan.ts';

/**
 * The variables an MDX expression reads that nothing defines: `{price.total}` reads `price`. MDX compiles such an
 * expression happily and the page then fails to render with a stack trace into the built chunk; found here, the
 * message can name the file and line. A tokenizer, which is enough for the short expressions of a content page.
 */

const KEYWORDS = new Set(
  ('true false null undefined this typeof instanceof new in of void delete await async function return if else ' +
    'const let var class extends super yield import export default throw try catch finally switch case break ' +
    'continue do while for with').split(' '),
);

type Token = { kind: 'name'; text: string; member: boolean } | { kind: 'punct'; text: string };

/**
 * Skips a JSX element inside an expression (`{open && <b>yes</b>}`): its text is no code, its `{…}` parts are.
 * Returns the index after the element.
 */
function skipElement(code: string, start: number, out: Token[]): number {
  let depth = 0;
  let inTag = false;
  for (let at = start; at < code.length; at++) {
    const char = code[at]!;
    if (char === '{') {
      const end = closingBrace(code, at);
      if (end < 0) return code.length;
      out.push(...tokens(code.slice(at + 1, end - 1)));
      at = end - 1;
    } else if (inTag && (char === '"' || char === "'")) {
      at = code.indexOf(char, at + 1);
      if (at < 0) return code.length;
    } else if (char === '<') {
      inTag = true;
      depth += code[at + 1] === '/' ? -1 : 1;
    } else if (inTag && char === '>') {
      inTag = false;
      if (code[at - 1] === '/') depth--;
      if (depth <= 0) return at + 1;
    }
  }
  return code.length;
}

function tokens(code: string): Token[] {
  const out: Token[] = [];
  for (let at = 0; at < code.length; ) {
    const rest = code.slice(at);
    const skip = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|\d[\w.]*|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/.exec(rest);
    if (skip) {
      at += skip[0].length;
      continue;
    }
    if (rest[0] === '`') {
      // A template's text is no code; its ${…} parts are, and are read as if they stood alone.
      const end = /^`(?:\\.|\$\{[^}]*\}|[^`\\])*`/.exec(rest)?.[0] ?? rest;
      for (const part of end.matchAll(/\$\{([^}]*)\}/g)) out.push(...tokens(part[1]!));
      at += end.length;
      continue;
    }
    const previous = out.at(-1);
    const operand = previous?.kind === 'name' || previous?.text === ')' || previous?.text === ']';
    if (/^<[A-Za-z]/.test(rest) && !operand) {
      at = skipElement(code, at, out);
      continue;
    }
    const name = /^[A-Za-z_$][\w$]*/.exec(rest)?.[0];
    if (name) {
      out.push({ kind: 'name', text: name, member: previous?.kind === 'punct' && (previous.text === '.' || previous.text === '?.') });
      at += name.length;
      continue;
    }
    const punct = /^(?:=>|\?\.|\.\.\.|[^\s])/.exec(rest)![0];
    out.push({ kind: 'punct', text: punct });
    at += punct.length;
  }
  return out;
}

/** Names declared inside the expression: arrow and function parameters. */
function parameters(list: Token[]): Set<string> {
  const declared = new Set<string>();
  list.forEach((token, index) => {
    const params: Token[] = [];
    if (token.kind === 'punct' && token.text === '=>') {
      const before = list[index - 1];
      if (before?.kind === 'name') params.push(before);
      else if (before?.text === ')') {
        for (let at = index - 2, depth = 1; at >= 0 && depth > 0; at--) {
          const candidate = list[at]!;
          if (candidate.text === ')') depth++;
          else if (candidate.text === '(') depth--;
          else params.push(candidate);
        }
      }
    } else if (token.kind === 'name' && token.text === 'function') {
      const open = list.findIndex((candidate, at) => at > index && candidate.text === '(');
      for (let at = open + 1; open > 0 && at < list.length && list[at]!.text !== ')'; at++) params.push(list[at]!);
    }
    for (const param of params) if (param.kind === 'name') declared.add(param.text);
  });
  return declared;
}

/** The names `code` reads and does not define itself, in order, each once; `known` lists what is in scope. */
export function undefinedNames(code: string, known: ReadonlySet<string>): string[] {
  const list = tokens(code);
  const declared = parameters(list);
  const missing = new Set<string>();
  list.forEach((token, index) => {
    if (token.kind !== 'name' || token.member || KEYWORDS.has(token.text)) return;
    const next = list[index + 1];
    const previous = list[index - 1];
    // An object key (`{ phase: 2 }`) is not a variable.
    if (next?.text === ':' && (previous?.text === '{' || previous?.text === ',')) return;
    if (declared.has(token.text) || known.has(token.text) || token.text in globalThis) return;
    missing.add(token.text);
  });
  return [...missing];
}
