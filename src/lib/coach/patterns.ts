import type { CoachRule, TellingRule } from '../../schemas/coach.ts';

/** `{audience}` in a pattern: the id of one of the coach's `words` entries. */
const TOKEN = /\{([a-z][a-z0-9-]*)\}/g;

/** The ids of the `words` entries a pattern uses, in order. */
export function patternTokens(source: string): string[] {
  return [...source.matchAll(TOKEN)].map((match) => match[1]!);
}

/** A pattern with each `{id}` replaced by that words entry as a group; undefined when an id is not a words entry. */
export function expandPattern(source: string, words: ReadonlyMap<string, string>): string | undefined {
  let unknown = false;
  const expanded = source.replace(TOKEN, (_, id: string) => {
    const pattern = words.get(id);
    if (pattern === undefined) unknown = true;
    return `(?:${pattern ?? ''})`;
  });
  return unknown ? undefined : expanded;
}

export interface CompiledCoach {
  telling: { rule: TellingRule; patterns: RegExp[] }[];
  learning: RegExp[];
}

const compiled = new WeakMap<readonly CoachRule[], CompiledCoach>();

/**
 * The rules' patterns as regular expressions, built once per set of rules: the coach reads every keystroke. A
 * pattern that cannot be built is left out; the build's content check has already named it to the author.
 */
export function compileCoach(rules: readonly CoachRule[]): CompiledCoach {
  const known = compiled.get(rules);
  if (known) return known;
  const words = new Map(rules.flatMap((rule) => (rule.kind === 'words' ? [[rule.id, rule.pattern] as const] : [])));
  const build = (sources: readonly string[]) =>
    sources.flatMap((source) => {
      const expanded = expandPattern(source, words);
      try {
        return expanded === undefined ? [] : [new RegExp(expanded, 'iu')];
      } catch {
        return [];
      }
    });
  const result: CompiledCoach = {
    telling: rules.flatMap((rule) => (rule.kind === 'telling' ? [{ rule, patterns: build(rule.patterns) }] : [])),
    learning: rules.flatMap((rule) => (rule.kind === 'learning' ? build(rule.patterns) : [])),
  };
  compiled.set(rules, result);
  return result;
}
