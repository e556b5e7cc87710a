import { readFileSync } from 'node:fs';
import { load as parse } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { coachRuleSchema } from '../../src/schemas/coach';
import { coachObjective } from '../../src/lib/coach/objective-coach';

// Telling objectives as reps write them, from both tracks, and every rewrite the coach must offer for each, read
// and checked by a person: each is a sentence a rep could paste into a plan (issue 18, "the coach").
const rules = z.array(coachRuleSchema).parse(parse(readFileSync('content/coach.yaml', 'utf8')));
const coach = (text: string) => coachObjective(text, rules);

const telling: [objective: string, labels: string[], rewrites: string[]][] = [
    ['Show them the hybrid', ['show them'], [
      'I need to understand what matters to them about the hybrid, and why',
      'I need to find out which questions they would ask first about the hybrid',
    ]],
    ['Show the family the third-row seats', ['show them'], [
      'I need to understand what matters to the family about the third-row seats, and why',
      'I need to find out which questions the family would ask first about the third-row seats',
    ]],
    ['Show the hybrid to the couple before the test drive', ['show them'], [
      'I need to understand what matters to the couple about the hybrid, and why',
      'I need to find out which questions the couple would ask first about the hybrid',
    ]],
    ['Show her the trade-in numbers', ['show them'], [
      'I need to understand what matters to her about the trade-in numbers, and why',
      'I need to find out which questions she would ask first about the trade-in numbers',
    ]],
    ['Show Dana the certified pre-owned SUV', ['show them'], [
      'I need to understand what matters to Dana about the certified pre-owned SUV, and why',
      'I need to find out which questions Dana would ask first about the certified pre-owned SUV',
    ]],
    ['Show the CFO how the savings add up', ['show them'], [
      'I need to understand what matters to the CFO about how the savings add up, and why',
      'I need to find out which questions the CFO would ask first about how the savings add up',
    ]],
    ['I want to show them the towing package', ['show them'], [
      'I need to understand what matters to them about the towing package, and why',
      'I need to find out which questions they would ask first about the towing package',
    ]],
    ['Then briefly show them the heated seats', ['show them'], [
      'I need to understand what matters to them about the heated seats, and why',
      'I need to find out which questions they would ask first about the heated seats',
    ]],
    ['Show them that we can go live in six weeks', ['show them'], [
      'I need to understand what evidence they would trust on whether we can go live in six weeks',
    ]],
    ['Show off the new infotainment system', ['show them'], [
      'I need to understand what matters to them about the new infotainment system, and why',
      'I need to find out which questions they would ask first about the new infotainment system',
    ]],
    ['Show the warehouse team how the app handles late orders', ['show them'], [
      'I need to understand what matters to the warehouse team about how the app handles late orders, and why',
      'I need to find out which questions the warehouse team would ask first about how the app handles late orders',
    ]],
    ['Present pricing to the CFO', ['present'], [
      'I need to understand what matters to the CFO about pricing, and why',
      'I need to find out which questions about pricing the CFO would want answered first',
    ]],
    ['Present our pricing options', ['present'], [
      'I need to understand what matters to them about our pricing options, and why',
      'I need to find out which questions about our pricing options they would want answered first',
    ]],
    ['Present the board with the business case', ['present'], [
      'I need to understand what matters to the board about the business case, and why',
      'I need to find out which questions about the business case the board would want answered first',
    ]],
    ['Present the three-year total cost to the finance director on Thursday', ['present'], [
      'I need to understand what matters to the finance director about the three-year total cost, and why',
      'I need to find out which questions about the three-year total cost the finance director would want answered first',
    ]],
    ['We\'ll present the renewal terms on the call', ['present'], [
      'I need to understand what matters to them about the renewal terms, and why',
      'I need to find out which questions about the renewal terms they would want answered first',
    ]],
    ['Give the leadership team a presentation on our roadmap', ['present'], [
      'I need to understand what matters to the leadership team about our roadmap, and why',
      'I need to find out which questions about our roadmap the leadership team would want answered first',
    ]],
    ['Deliver a presentation about the security model to the IT team', ['present'], [
      'I need to understand what matters to the IT team about the security model, and why',
      'I need to find out which questions about the security model the IT team would want answered first',
    ]],
    ['Demo the module', ['demo'], [
      'I need to understand what matters to them about the module, and why',
      'I need to find out what they would need to see about the module to know it fits their work',
      'I need to understand what they would need to see before any demo, and why',
    ]],
    ['Demo the reporting module to the finance team', ['demo'], [
      'I need to understand what matters to the finance team about the reporting module, and why',
      'I need to find out what the finance team would need to see about the reporting module to know it fits their work',
      'I need to understand what the finance team would need to see before any demo, and why',
    ]],
    ['Demonstrate the mobile app to the nurses on Thursday', ['demo'], [
      'I need to understand what matters to the nurses about the mobile app, and why',
      'I need to find out what the nurses would need to see about the mobile app to know it fits their work',
      'I need to understand what the nurses would need to see before any demo, and why',
    ]],
    ['Give the IT team a demo of the single sign-on setup', ['demo'], [
      'I need to understand what matters to the IT team about the single sign-on setup, and why',
      'I need to find out what the IT team would need to see about the single sign-on setup to know it fits their work',
      'I need to understand what the IT team would need to see before any demo, and why',
    ]],
    ['Run a quick demo of the dashboard for the operations team', ['demo'], [
      'I need to understand what matters to the operations team about the dashboard, and why',
      'I need to find out what the operations team would need to see about the dashboard to know it fits their work',
      'I need to understand what the operations team would need to see before any demo, and why',
    ]],
    ['Our goal: demo the analytics suite to their IT lead', ['demo'], [
      'I need to understand what matters to their IT lead about the analytics suite, and why',
      'I need to find out what their IT lead would need to see about the analytics suite to know it fits their work',
      'I need to understand what their IT lead would need to see before any demo, and why',
    ]],
    ['Do the full demo', ['demo'], [
      'I need to understand what they would need to see before any demo, and why',
    ]],
    ['Walk them through the proposal', ['walk them through'], [
      'I need to find out what they would question or change about the proposal',
      'I need to understand what matters to them about the proposal, and why',
    ]],
    ['Walk the CFO through the ROI model line by line', ['walk them through'], [
      'I need to find out what the CFO would question or change about the ROI model',
      'I need to understand what matters to the CFO about the ROI model, and why',
    ]],
    ['Take the buying committee through the rollout plan', ['walk them through'], [
      'I need to find out what the buying committee would question or change about the rollout plan',
      'I need to understand what matters to the buying committee about the rollout plan, and why',
    ]],
    ['Walk through the contract with the procurement team', ['walk them through'], [
      'I need to find out what the procurement team would question or change about the contract',
      'I need to understand what matters to the procurement team about the contract, and why',
    ]],
    ['Walk her through the lease terms', ['walk them through'], [
      'I need to find out what she would question or change about the lease terms',
      'I need to understand what matters to her about the lease terms, and why',
    ]],
    ['Let me walk you through the new pricing', ['walk them through'], [
      'I need to find out what they would question or change about the new pricing',
      'I need to understand what matters to them about the new pricing, and why',
    ]],
    ['Pitch the annual plan to the CFO', ['pitch'], [
      'I need to understand which problem the annual plan would solve for the CFO, if any',
      'I need to understand which problem matters most to the CFO before we mention the annual plan',
      'I need to understand what problem the CFO would most want solved, and what it costs them',
    ]],
    ['Pitch the CFO on the annual plan', ['pitch'], [
      'I need to understand which problem the annual plan would solve for the CFO, if any',
      'I need to understand which problem matters most to the CFO before we mention the annual plan',
      'I need to understand what problem the CFO would most want solved, and what it costs them',
    ]],
    ['Pitch them the upgrade', ['pitch'], [
      'I need to understand which problem the upgrade would solve for them, if any',
      'I need to understand which problem matters most to them before we mention the upgrade',
      'I need to understand what problem they would most want solved, and what it costs them',
    ]],
    ['I plan to pitch them on the extended warranty.', ['pitch'], [
      'I need to understand which problem the extended warranty would solve for them, if any',
      'I need to understand which problem matters most to them before we mention the extended warranty',
      'I need to understand what problem they would most want solved, and what it costs them',
    ]],
    ['Give them our standard pitch', ['pitch'], [
      'I need to understand what problem they would most want solved, and what it costs them',
    ]],
    ['Tell them about the price increase', ['tell them'], [
      'I need to understand what they would want to know about the price increase',
      'I need to find out which questions about the price increase matter most to them',
    ]],
    ['Tell the CFO about the multi-year discount', ['tell them'], [
      'I need to understand what the CFO would want to know about the multi-year discount',
      'I need to find out which questions about the multi-year discount matter most to the CFO',
    ]],
    ['Tell them we can deliver before the winter peak', ['tell them'], [
      'I need to understand what they would need to see to be sure we can deliver before the winter peak',
    ]],
    ['Tell them that our support team answers within an hour', ['tell them'], [
      'I need to understand what they would need to see to be sure our support team answers within an hour',
    ]],
    ['Tell Dana about the loyalty offer', ['tell them'], [
      'I need to understand what Dana would want to know about the loyalty offer',
      'I need to find out which questions about the loyalty offer matter most to Dana',
    ]],
    ['Explain the financing options to the buyer', ['explain'], [
      'I need to understand what is still unclear to the buyer about the financing options',
      'I need to understand what questions the buyer would have about the financing options',
    ]],
    ['Upsell the premium package to the family', ['upsell'], [
      'I need to understand whether they have a need that the premium package would meet',
      'I need to understand what has changed for them since they bought, and what they need now',
    ]],
    ['I want to demo the module and get them to sign', ['get them to', 'demo'], [
      'I need to understand what stands between them and signing',
      'I need to understand what would have to be true for them to sign',
      'I need to understand what matters to them about the module, and why',
    ]],
    ['Show them the hybrid, then get them to book a test drive', ['get them to', 'show them'], [
      'I need to understand what stands between them and booking a test drive',
      'I need to understand what would have to be true for them to book a test drive',
      'I need to understand what matters to them about the hybrid, and why',
    ]],
    ['Present the proposal so that they sign this week', ['present'], [
      'I need to understand what matters to them about the proposal, and why',
      'I need to find out which questions about the proposal they would want answered first',
    ]],
];

// Objectives that use the same verbs about what the buyer does, or as nouns: none of them is the rep telling.
const learning = [
  'Find out which showroom they visited first',
  'Learn how they present results to their board',
  'Understand what they would want us to demo first',
  'Ask them to walk us through their current process',
  'Find out why the last presentation did not land with the CFO',
  'Learn who will present the business case internally',
  'Discover how the team shows progress to leadership today',
  'Understand what the CFO was shown by the other vendor',
  'Let them show us how a route gets planned on a busy Monday',
  'Find out what the users told their manager about the trial',
  'Learn what their pitch to the board will need to include',
  'Understand who demoed the rival product to them and what stuck',
  'Find out how they would tell their team about the change',
  'Understand what they need to present to their board',
  'Find out if the no-show last week was about timing',
  "I need to understand what they'd like to show their board",
  'Find out what they want to see in the demo',
  'Learn which parts of the walkthrough they skipped',
  'Understand how the buyer would explain the problem to a colleague',
  'Ask the IT lead to show us how access works today',
];

/** What makes a rewrite fail to read as a sentence, whatever filled it. */
function sentenceFaults(rewrite: string): string[] {
  const faults: string[] = [];
  if (!/^I need to (understand|find out) \w/.test(rewrite)) faults.push('does not open as a learning objective');
  if (/[{}]/.test(rewrite)) faults.push('has a placeholder left');
  if (/\b(\w+) \1\b/i.test(rewrite)) faults.push('repeats a word');
  if (/\b(to|about|the|a|an|of|for|with|on|and|or|that|whether|in)$/i.test(rewrite)) faults.push('ends mid-phrase');
  if (/\b(them|him|her|us) (would|could|are|is|have)\b/i.test(rewrite)) faults.push('uses an object pronoun as a subject');
  if (/\b(?:about|of) (?:the |our )?[\w-]+(?: [\w-]+)? (?:to|for) the\b/i.test(rewrite)) faults.push('keeps the audience inside the subject');
  if (/[.,;:]$|\s{2}|\s[,.]/.test(rewrite)) faults.push('has stray punctuation or spacing');
  return faults;
}

describe('telling objectives get every expected rewrite, and each reads as a sentence', () => {
  it('the table holds at least 40 objectives', () => {
    expect(telling.length).toBeGreaterThanOrEqual(40);
  });

  it.each(telling)('"%s"', (objective, labels, rewrites) => {
    const advice = coach(objective);
    expect(advice.verdict).toBe('telling');
    expect(advice.findings.map((finding) => finding.label)).toEqual(labels);
    expect(advice.rewrites).toEqual(rewrites);
    for (const rewrite of advice.rewrites) {
      expect(sentenceFaults(rewrite), rewrite).toEqual([]);
      expect(coach(rewrite).verdict, rewrite).not.toBe('telling');
    }
  });

  it('the sentence check catches the rewrite the old coach gave', () => {
    expect(sentenceFaults('I need to understand which parts of the reporting module to the finance team matter to them')).toEqual(['keeps the audience inside the subject']);
    expect(sentenceFaults('I need to find out what them would ask about the')).toEqual(['ends mid-phrase', 'uses an object pronoun as a subject']);
  });
});

describe('the same verbs about the buyer, or as nouns, are not flagged', () => {
  it.each(learning)('"%s"', (objective) => {
    expect(coach(objective)).toEqual({ verdict: 'learning', findings: [], rewrites: [] });
  });
});
