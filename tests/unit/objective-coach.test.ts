import { readFileSync } from 'node:fs';
import { load as parse } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { coachRuleSchema } from '../../src/schemas/coach';
import { coachObjective, gerund } from '../../src/lib/coach/objective-coach';

// The real rules the planner ships with, so these cases hold the content to its promise too.
const rules = z.array(coachRuleSchema).parse(parse(readFileSync('content/coach.yaml', 'utf8')));
const coach = (text: string) => coachObjective(text, rules);

describe('telling objectives are flagged with the reason and a rewrite that keeps the subject', () => {
  const cases: [objective: string, label: string, subject: string][] = [
    ['I want to get them to sign the proposal', 'get them to', 'signing the proposal'],
    ['Get the CFO to approve the budget', 'get them to', 'approving the budget'],
    ['I want to convince them to switch', 'convince', 'switching'],
    ['Convince the VP that our platform is faster', 'convince', 'our platform is faster'],
    ['convince them of the value of the premium tier', 'convince', 'the value of the premium tier'],
    ['Persuade the buyer to upgrade to the seven-seater', 'persuade', 'upgrading to the seven-seater'],
    ['Pitch our analytics module', 'pitch', 'our analytics module'],
    ['I plan to pitch them on the extended warranty.', 'pitch', 'the extended warranty'],
    ['Push them to decide this week', 'push', 'deciding'],
    ['Push for a signed order', 'push', 'a signed order'],
    ['Make them see the value of onboarding', 'make them', 'see the value of onboarding'],
    ['Talk to them about our new module', 'talk to them about', 'our new module'],
    ['Talk with the IT lead about single sign-on', 'talk to them about', 'single sign-on'],
    ['Tell them about the price increase', 'tell them', 'the price increase'],
    ['Sell them the service plan', 'sell them', 'the service plan'],
    ['Overcome their objection about price', 'overcome their objection', 'price'],
    ['Handle the pushback on the contract length', 'overcome their objection', 'the contract length'],
    ['Find out when they will order', 'find out when they will order', 'order'],
    ["Find out when they'll sign the contract", 'find out when they will order', 'sign the contract'],
    ['Close the deal', 'close', 'their decision'],
    ['Convert them to the annual plan', 'convert', 'the annual plan'],
    ['Present our pricing options', 'present', 'our pricing options'],
    ['Demo the scheduling dashboard', 'demo', 'the scheduling dashboard'],
    ['Explain the financing options', 'explain', 'the financing options'],
    ['Prove to them that we can go live in six weeks', 'prove to them', 'we can go live in six weeks'],
    ['Upsell them on the premium package', 'upsell', 'the premium package'],
    ['Make sure they choose the certified pre-owned car', 'make sure they', 'choose the certified pre-owned car'],
    ['I want to book a second meeting with the finance team', 'I want to…', 'book a second meeting with the finance team'],
  ];

  it.each(cases)('"%s" → %s', (objective, label, subject) => {
    const advice = coach(objective);
    expect(advice.verdict).toBe('telling');
    expect(advice.findings.map((finding) => finding.label)).toContain(label);
    expect(advice.findings.every((finding) => finding.why.length > 20)).toBe(true);
    expect(advice.rewrites.length).toBeGreaterThanOrEqual(1);
    expect(advice.rewrites.some((rewrite) => rewrite.includes(subject))).toBe(true);
    for (const rewrite of advice.rewrites) {
      expect(rewrite).toMatch(/^I need to (understand|find out)/);
      // A rewrite must itself pass the coach: no telling phrase survives into it.
      expect(coach(rewrite).verdict, rewrite).not.toBe('telling');
    }
  });

  it('gives the worked example from the planning article its exact rewrite', () => {
    expect(coach('I want to get them to sign the proposal').rewrites[0]).toBe('I need to understand what stands between them and signing the proposal');
  });

  it('names the words that made it telling', () => {
    const [finding] = coach('Our goal: convince them to switch by Friday').findings;
    expect(finding!.phrase).toBe('convince them to switch by Friday');
  });

  it('reports every telling phrase in a mixed objective', () => {
    const advice = coach('Pitch the module and push them to decide');
    expect(advice.findings.map((finding) => finding.label).sort()).toEqual(['pitch', 'push']);
  });

  it('flags a learning opener that still hides a telling agenda', () => {
    expect(coach('I need to understand how to convince them to switch').verdict).toBe('telling');
  });

  it('ignores letter case and extra spaces', () => {
    const spaced = coach('  convince   them to   switch ');
    expect(spaced.verdict).toBe('telling');
    expect(spaced.findings[0]!.phrase).toBe('convince them to switch');
    expect(spaced.rewrites).toEqual(coach('convince them to switch').rewrites);
    expect(coach('CONVINCE THEM TO SWITCH').verdict).toBe('telling');
  });

  it('speaks of him as "him" and "he"', () => {
    expect(coach('Show him the trade-in numbers').rewrites).toEqual([
      'I need to understand what matters to him about the trade-in numbers, and why',
      'I need to find out which questions he would ask first about the trade-in numbers',
    ]);
  });

  it('keeps an "and" that joins two parts of the subject, and cuts at an "and" that starts the next step', () => {
    expect(coach('Tell them about the price and the terms').rewrites[0]).toContain('about the price and the terms');
    const twoSteps = coach('Show them the hybrid AND GET them to book a test drive');
    expect(twoSteps.findings.map((finding) => finding.label).sort()).toEqual(['get them to', 'show them']);
    expect(twoSteps.rewrites).toContain('I need to understand what matters to them about the hybrid, and why');
  });

  it.each([
    ['Convince them to switch by Friday', 'switching', /Friday/i],
    ['Convince them to switch on Monday', 'switching', /Monday/i],
    ['Explain the warranty this week', 'the warranty', /week/],
    ['Explain the warranty TODAY', 'the warranty', /today/i],
    ['Present our pricing on the call', 'our pricing', /call/],
  ])('leaves when the call happens out of the subject: "%s"', (objective, subject, when) => {
    const { rewrites } = coach(objective);
    expect(rewrites.length).toBeGreaterThanOrEqual(1);
    expect(rewrites.some((rewrite) => rewrite.includes(subject))).toBe(true);
    for (const rewrite of rewrites) expect(rewrite).not.toMatch(when);
  });
});

describe('learning-mode objectives are left alone', () => {
  it.each([
    'I need to understand what stands between them and a decision',
    'I need to learn how they choose suppliers today',
    'Find out why the last rollout stalled',
    'Understand who else is affected by the missed deliveries',
    'Learn what a good first year would look like for them',
    'I need to find out whether the budget is already set',
    'Discover what they tried before and why it did not work',
    'Ask them how they will measure success',
  ])('"%s"', (objective) => {
    expect(coach(objective)).toEqual({ verdict: 'learning', findings: [], rewrites: [] });
  });
});

describe('other input', () => {
  it('empty or blank input is neither flagged nor praised', () => {
    expect(coach('')).toEqual({ verdict: 'empty', findings: [], rewrites: [] });
    expect(coach('   \n ')).toEqual({ verdict: 'empty', findings: [], rewrites: [] });
  });

  it('an objective that is neither telling nor learning is unclear, with no false flag', () => {
    expect(coach('Budget and timeline').verdict).toBe('unclear');
    expect(coach('The pushchair fits in the boot').verdict).not.toBe('telling');
  });

  it('never treats markup as anything but text', () => {
    const advice = coach('<img src=x onerror=alert(1)> convince them to switch');
    expect(advice.verdict).toBe('telling');
    expect(advice.rewrites[0]).toContain('switching');
  });
});

describe('gerund', () => {
  it.each([
    ['sign the proposal', 'signing the proposal'],
    ['approve the budget', 'approving the budget'],
    ['commit to a pilot', 'committing to a pilot'],
    ['see the value', 'seeing the value'],
    ['buy', 'buying'],
    ['tie it up', 'tying it up'],
    ['agree', 'agreeing'],
    ['be happy with the terms', 'being happy with the terms'],
    ['help them', 'helping them'],
    ['select a supplier', 'selecting a supplier'],
    ['freeze the price', 'freezing the price'],
    ['  sign   the proposal ', 'signing the proposal'],
  ])('%s → %s', (phrase, expected) => {
    expect(gerund(phrase)).toBe(expected);
  });

  // Short verbs that end in one vowel and one consonant double it, as reps would write them.
  it.each([
    ['admit', 'admitting'], ['submit', 'submitting'], ['plan', 'planning'], ['stop', 'stopping'], ['drop', 'dropping'],
    ['get', 'getting'], ['set', 'setting'], ['put', 'putting'], ['run', 'running'], ['begin', 'beginning'],
    ['swap', 'swapping'], ['ship', 'shipping'], ['sit', 'sitting'], ['cut', 'cutting'], ['shop', 'shopping'],
    ['chat', 'chatting'], ['step', 'stepping'],
  ])('%s → %s', (verb, expected) => {
    expect(gerund(`${verb} it`)).toBe(`${expected} it`);
  });
});
