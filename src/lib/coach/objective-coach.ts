import type { CoachRule, TellingRule } from '../../schemas/coach.ts';
import { compileCoach } from './patterns.ts';
import { audienceForms, cleanSubject } from './subject.ts';

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

const GROUPS = ['act', 'thing', 'claim', 'who'] as const;
type Groups = Partial<Record<(typeof GROUPS)[number], string>>;

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

function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return undefined;
}

/**
 * Fills a rewrite's placeholders from the match; undefined when it names a subject group the match did not capture.
 * The audience never withholds a rewrite: without one, `{who}` is "them" and `{who-subject}` is "they".
 */
function fillRewrite(template: string, groups: Groups): string | undefined {
  let missing = false;
  const audience = audienceForms(groups.who ?? 'them');
  const filled = template.replace(/\{(act-ing|act|thing|claim|who-subject|who)\}/g, (_, name: string) => {
    if (name === 'who') return audience.object;
    if (name === 'who-subject') return audience.subject;
    const value = groups[(name === 'act-ing' ? 'act' : name) as 'act' | 'thing' | 'claim'];
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

  const { telling, learning } = compileCoach(rules);
  const matched: { rule: TellingRule; match: RegExpExecArray }[] = [];
  for (const { rule, patterns } of telling.filter((candidate) => !candidate.rule.generic)) {
    const match = firstMatch(patterns, text);
    if (match) matched.push({ rule, match });
  }
  if (matched.length === 0) {
    for (const { rule, patterns } of telling.filter((candidate) => candidate.rule.generic)) {
      const match = firstMatch(patterns, text);
      if (match) matched.push({ rule, match });
    }
  }

  if (matched.length > 0) {
    const rewrites: string[] = [];
    for (const { rule, match } of matched) {
      const groups: Groups = {};
      for (const name of GROUPS) {
        const value = match.groups?.[name] && cleanSubject(match.groups[name]);
        if (value) groups[name] = value;
      }
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

  return { verdict: firstMatch(learning, text) ? 'learning' : 'unclear', findings: [], rewrites: [] };
}
