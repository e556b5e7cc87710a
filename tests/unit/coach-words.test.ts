import { describe, expect, it } from 'vitest';
import { coachRuleSchema, type CoachRule } from '../../src/schemas/coach';
import { coachObjective } from '../../src/lib/coach/objective-coach';
import { expandPattern, patternTokens } from '../../src/lib/coach/patterns';
import { validatePlaybook } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/issues';
import { entryOf, validSource } from '../support/playbook-fixture';

const words = (id: string, pattern: string) => ({ id, kind: 'words', pattern });
const telling = (patterns: string[]) => ({ id: 'show', kind: 'telling', label: 'show them', patterns, why: 'Showing before learning lands nothing.', rewrites: ['I need to understand what matters to {who} about {thing}'] });

describe('words entries: a piece of pattern written once and used by id', () => {
  it('are expanded where a pattern names them, as a group of their own', () => {
    expect(patternTokens('{rep}show\\s+(?<who>{audience})')).toEqual(['rep', 'audience']);
    expect(expandPattern('^{verb}\\s+it', new Map([['verb', 'show|demo']]))).toBe('^(?:show|demo)\\s+it');
    expect(expandPattern('{verb}\\s+it', new Map())).toBeUndefined();
  });

  it('leave quantifiers such as {0,2} alone', () => {
    expect(patternTokens('(?:\\w+\\s+){0,2}team')).toEqual([]);
  });

  it('let a rule match through them', () => {
    const rules = [words('audience', 'them|the\\s+board'), telling(['^show\\s+(?<who>{audience})\\s+(?<thing>.+)'])].map((rule) => coachRuleSchema.parse(rule));
    expect(coachObjective('Show the board the roadmap', rules).rewrites).toEqual(['I need to understand what matters to the board about the roadmap']);
  });

  it('a pattern naming a words entry that is missing is left out, not thrown', () => {
    const rules = [telling(['^show\\s+(?<who>{nobody})\\s+(?<thing>.+)', '^show\\s+(?<thing>.+)'])].map((rule) => coachRuleSchema.parse(rule)) as CoachRule[];
    expect(coachObjective('Show the roadmap', rules).rewrites).toEqual(['I need to understand what matters to them about the roadmap']);
  });

  it.each([
    ['a named group', '(?<who>them)', 'a regular expression without named groups'],
    ['another words entry', '{rep}them', 'a regular expression that uses no other words entry'],
    ['an invalid expression', '(them', 'a valid regular expression'],
  ])('refuse %s in their own pattern', (_case, pattern, message) => {
    const result = coachRuleSchema.safeParse(words('audience', pattern));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message)).toContain(message);
  });

  it('a telling pattern is checked as an expression once its words are in place', () => {
    expect(coachRuleSchema.safeParse(telling(['{rep}show'])).success).toBe(true);
    expect(coachRuleSchema.safeParse(telling(['{rep}(show'])).success).toBe(false);
  });

  describe('the content check of the ids a pattern names', () => {
    const check = (patterns: string[], wordIds: string[]) => {
      const source = validSource();
      for (const id of wordIds) source.entries.push({ collection: 'coach', file: 'content/coach.yaml', id, data: words(id, '^') });
      entryOf(source, 'coach', 'pitch').data.patterns = patterns;
      return validatePlaybook(source).map(formatIssue);
    };
    const R = 'content/coach.yaml: coach rule "pitch"';

    it('passes the words entries that exist', () => {
      expect(check(['{rep}pitch\\s+(?<thing>.+)', '{audience}'], ['rep', 'audience'])).toEqual([]);
    });

    it('lists the words entries when an id is like none of them, and a rule that is not one does not count', () => {
      expect(check(['{rep}pitch', '{pitch}'], ['rep', 'audience'])).toEqual([
        `${R}: patterns[1]: {pitch} is not a words entry of the coach; expected one of {rep}, {audience}`,
      ]);
    });

    it('says so when the coach has no words entries yet', () => {
      expect(check(['{rep}pitch'], [])).toEqual([`${R}: patterns[0]: {rep} is not a words entry of the coach; expected one of the words entries (none yet)`]);
    });
  });

  it('the content check names a pattern that uses an unknown words entry, with the one meant', () => {
    const source = validSource();
    source.entries.push({ collection: 'coach', file: 'content/coach.yaml', id: 'rep', data: words('rep', '^') });
    entryOf(source, 'coach', 'pitch').data.patterns = ['{repp}pitch\\s+(?<thing>.+)'];
    expect(validatePlaybook(source).map(formatIssue)).toEqual([
      'content/coach.yaml: coach rule "pitch": patterns[0]: {repp} is not a words entry of the coach; did you mean {rep}?',
    ]);
  });
});
