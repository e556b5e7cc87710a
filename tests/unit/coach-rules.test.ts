import { describe, expect, it } from 'vitest';
import type { CoachRule } from '../../src/schemas/coach';
import { coachObjective } from '../../src/lib/coach/objective-coach';
import { compileCoach } from '../../src/lib/coach/patterns';
import { cleanSubject } from '../../src/lib/coach/subject';

// Small rule sets written for each case, so it shows how the coach treats what an author wrote in content/coach.yaml.
const telling = (id: string, patterns: string[], rewrites: string[]): CoachRule => ({
  id,
  kind: 'telling',
  label: id,
  patterns,
  why: `Why "${id}" works against the rep.`,
  generic: false,
  rewrites,
});
const understand: CoachRule = { id: 'understand', kind: 'learning', patterns: ['^I need to understand\\b'] };
const aboutThing = ['I need to understand what matters to {who} about {thing}'];
const pitch = telling('pitch', ['\\bpitch\\s+(?<thing>.+)'], aboutThing);

describe('the rules an author wrote', () => {
  it('leaves out a pattern that cannot be built and keeps the rule’s other patterns', () => {
    const rules = [telling('pitch', ['pitch (', '\\bpitch\\s+{nobody}', '\\bpitch\\s+(?<thing>.+)'], aboutThing)];
    expect(coachObjective('Pitch the module', rules)).toMatchObject({
      verdict: 'telling',
      rewrites: ['I need to understand what matters to them about the module'],
    });
  });

  it('praises an objective only for an opener the learning rules name', () => {
    const objective = 'I need to understand how they choose';
    expect(coachObjective(objective, [pitch, understand]).verdict).toBe('learning');
    expect(coachObjective(objective, [pitch]).verdict).toBe('unclear');
  });

  it('reads words entries into the patterns that use them', () => {
    const words: CoachRule = { id: 'verb', kind: 'words', pattern: 'pitch|sell' };
    const rules = [words, telling('sell', ['\\b(?:{verb})\\s+(?<thing>.+)'], ['I need to understand what they think of {thing}'])];
    expect(coachObjective('Sell the service plan', rules).rewrites).toEqual(['I need to understand what they think of the service plan']);
  });

  it('builds a rule set’s patterns once, however often the rep types', () => {
    const rules = [pitch, understand];
    expect(compileCoach(rules)).toBe(compileCoach(rules));
  });

  it('shows the rep the telling words without the spaces a pattern took around them', () => {
    const rules = [telling('push', ['\\s+push\\s+'], ['I need to understand what would make them ready to decide'])];
    expect(coachObjective('We push hard', rules).findings[0]!.phrase).toBe('push');
  });

  it('speaks of "them" when a pattern’s audience group found nobody', () => {
    const rules = [telling('tell', ['\\btell\\s+(?<who>(?:the\\s+\\w+)?)\\s*about\\s+(?<thing>.+)'], ['I need to find out what {who-subject} would ask {who} about {thing}'])];
    expect(coachObjective('Tell about the pricing', rules).rewrites).toEqual(['I need to find out what they would ask them about the pricing']);
    expect(coachObjective('Tell the board about the pricing', rules).rewrites).toEqual(['I need to find out what the board would ask the board about the pricing']);
  });
});

describe('the subject lifted into a rewrite', () => {
  it.each([
    ['  the hybrid', 'the hybrid'],
    ['the proposal, then send the contract', 'the proposal'],
    ['the budget before they sign', 'the budget'],
    ['the hybrid today!', 'the hybrid'],
    ['the demo again next week.', 'the demo'],
    ['the pros and cons', 'the pros and cons'],
  ])('"%s" → "%s"', (captured, subject) => {
    expect(cleanSubject(captured)).toBe(subject);
  });
});
