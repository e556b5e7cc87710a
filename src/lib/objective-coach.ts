import type { CoachRule, LearningRule, TellingRule } from '../schemas/coach.ts';

/** One telling phrase found in an objective. */
export interface CoachFinding {
  rule: string;
  /** How the coach names the problem to the rep, e.g. "convince". */
  label: string;
  /** The words in the objective that matched. */
  phrase: string;
  why: string;
}

export type CoachVerdict =
  /** Nothing typed yet. */
  | 'empty'
  /** Starts from what the rep needs to learn and has no telling phrase. */
  | 'learning'
  /** Contains a telling phrase: flagged with the reason and rewrites. */
  | 'telling'
  /** Neither: not wrong, but not yet phrased as something to learn. */
  | 'unclear';

export interface CoachAdvice {
  verdict: CoachVerdict;
  findings: CoachFinding[];
  /** Learning-mode objectives that keep the objective's subject; one click puts one in place. */
  rewrites: string[];
}

const GROUPS = ['act', 'thing', 'claim'] as const;

/** "sign the proposal" → "signing the proposal": the verb of a phrase as a gerund, for "between them and …". */
export function gerund(phrase: string): string {
  const [verb = '', ...rest] = phrase.trim().split(/\s+/);
  const lower = verb.toLowerCase();
  const doubled = new Set(['commit', 'admit', 'submit', 'plan', 'stop', 'drop', 'get', 'set', 'put', 'run', 'begin', 'swap', 'ship', 'sit', 'cut', 'shop', 'chat', 'step']);
  let ing: string;
  if (lower === 'be') ing = 'being';
  else if (lower.endsWith('ie')) ing = `${verb.slice(0, -2)}ying`;
  else if (doubled.has(lower)) ing = `${verb}${verb.at(-1)}ing`;
  else if (/[^aeiou]e$/i.test(verb) && !/(ee|ye|oe)$/i.test(verb)) ing = `${verb.slice(0, -1)}ing`;
  else ing = `${verb}ing`;
  return [ing, ...rest].join(' ');
}

/** Tidies a captured subject: trims it and drops trailing punctuation and filler ("…, ideally today."). */
function cleanSubject(text: string): string {
  return text
    .trim()
    .replace(/[.!?;:,\s]+$/u, '')
    .replace(/\s+(?:today|this week|on this call|in this meeting|asap)$/iu, '')
    .trim();
}

function firstMatch(patterns: readonly string[], text: string): RegExpExecArray | undefined {
  for (const source of patterns) {
    const match = new RegExp(source, 'iu').exec(text);
    if (match) return match;
  }
  return undefined;
}

/** Fills a rewrite's placeholders from the match; undefined when it names a group the match did not capture. */
function fillRewrite(template: string, groups: Partial<Record<(typeof GROUPS)[number], string>>): string | undefined {
  let missing = false;
  const filled = template.replace(/\{(act-ing|act|thing|claim)\}/g, (_, name: string) => {
    const key = (name === 'act-ing' ? 'act' : name) as (typeof GROUPS)[number];
    const value = groups[key];
    if (!value) {
      missing = true;
      return '';
    }
    return name === 'act-ing' ? gerund(value) : value;
  });
  return missing ? undefined : filled;
}

/**
 * Reads one call objective against the coach's rules: is it learning mode or telling, which words make it telling
 * and why, and which learning-mode rewrites keep its subject.
 */
export function coachObjective(objective: string, rules: readonly CoachRule[]): CoachAdvice {
  const text = objective.replace(/\s+/g, ' ').trim();
  if (!text) return { verdict: 'empty', findings: [], rewrites: [] };

  const telling = rules.filter((rule): rule is TellingRule => rule.kind === 'telling');
  const matched: { rule: TellingRule; match: RegExpExecArray }[] = [];
  for (const rule of telling.filter((candidate) => !candidate.generic)) {
    const match = firstMatch(rule.patterns, text);
    if (match) matched.push({ rule, match });
  }
  if (matched.length === 0) {
    for (const rule of telling.filter((candidate) => candidate.generic)) {
      const match = firstMatch(rule.patterns, text);
      if (match) matched.push({ rule, match });
    }
  }

  if (matched.length > 0) {
    const rewrites: string[] = [];
    for (const { rule, match } of matched) {
      const groups = Object.fromEntries(GROUPS.flatMap((name) => (match.groups?.[name] ? [[name, cleanSubject(match.groups[name])]] : [])));
      for (const template of rule.rewrites) {
        const rewrite = fillRewrite(template, groups);
        if (rewrite && !rewrites.includes(rewrite)) rewrites.push(rewrite);
      }
    }
    return {
      verdict: 'telling',
      findings: matched.map(({ rule, match }) => ({ rule: rule.id, label: rule.label, phrase: match[0].trim(), why: rule.why })),
      rewrites: rewrites.slice(0, 3),
    };
  }

  const learning = rules.filter((rule): rule is LearningRule => rule.kind === 'learning');
  const isLearning = learning.some((rule) => firstMatch(rule.patterns, text));
  return { verdict: isLearning ? 'learning' : 'unclear', findings: [], rewrites: [] };
}
