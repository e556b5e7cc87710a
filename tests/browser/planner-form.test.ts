import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site-test';
import { importFile, plannerReady, savedPlans, seedPlans } from '../support/planner-page';
import { planLimits, type Plan } from '../../src/schemas/plan';

const site = useSite();
const fullPlan = JSON.parse(readFileSync('tests/fixtures/full-plan.json', 'utf8')) as Plan;

async function openPlanner(seed?: Plan[], options: Parameters<typeof site.browser.newContext>[0] = {}): Promise<Page> {
  const context = await site.browser.newContext(options);
  if (seed) await context.addInitScript(seedPlans(seed));
  const page = await context.newPage();
  await page.goto(site.origin + '/plan/');
  await plannerReady(page);
  return page;
}

/** Presses an add button until it is disabled, and returns the reason it gives. */
async function addUntilFull(page: Page, label: string): Promise<string> {
  const button = page.getByRole('button', { name: label, exact: true });
  for (let presses = 0; (await button.isEnabled()) && presses < 30; presses++) await button.click();
  const why = await button.getAttribute('aria-describedby');
  return why ? ((await page.locator(`#${why}`).textContent()) ?? '') : '';
}

describe('the planner’s caps, read from the plan schema', () => {
  it('stops every list at its cap and says why, caps every field, and opens again whatever it saved', async () => {
    const page = await openPlanner();
    expect(await addUntilFull(page, 'Add a person')).toBe(`A plan holds at most ${planLimits.attendees.items} people: remove one to add another.`);
    expect(await addUntilFull(page, 'Add an objective')).toBe(`A plan holds at most ${planLimits.objectives.items} objectives: remove one to add another.`);
    expect(await addUntilFull(page, 'Write a question')).toBe(`A plan holds at most ${planLimits.questions.items} questions: remove one to add another.`);
    expect(await addUntilFull(page, 'Add a concern')).toBe(`A plan holds at most ${planLimits.concerns.items} concerns: remove one to add another.`);

    // Every text field takes as much as its cap and no more, typed as a rep would.
    const fields = page.locator('.plan-form input:not([type=radio]):not([type=date]):not([type=datetime-local]):not([type=search]), .plan-form textarea');
    const caps = await fields.evaluateAll((nodes) => nodes.map((node) => (node as HTMLInputElement).maxLength));
    // Fourteen text fields of the plan itself (its id and two dates aside; the coaching notes among them), then every
    // item of every list at its cap.
    expect(caps.length).toBe(14 + planLimits.attendees.items + planLimits.objectives.items + planLimits.questions.items + 2 * planLimits.concerns.items + 4);
    expect(caps.filter((cap) => cap <= 0)).toEqual([]);
    for (let index = 0; index < caps.length; index++) await fields.nth(index).fill('y'.repeat(caps[index]! + 5));
    expect(await fields.evaluateAll((nodes) => nodes.filter((node) => (node as HTMLInputElement).value.length !== (node as HTMLInputElement).maxLength).length)).toBe(0);
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Saved at/);

    const [saved] = await savedPlans(page);
    expect(saved).toMatchObject({ account: 'y'.repeat(planLimits.account), name: 'y'.repeat(planLimits.name), known: 'y'.repeat(planLimits.known) });
    expect((saved!.questions as unknown[]).length).toBe(planLimits.questions.items);

    await page.reload();
    await plannerReady(page);
    expect(await page.locator('.notice--problem').count()).toBe(0);
    expect(await page.getByLabel('Account').inputValue()).toBe('y'.repeat(planLimits.account));
    expect(await page.getByLabel(`Question ${planLimits.questions.items}`, { exact: true }).inputValue()).toBe('y'.repeat(planLimits.questions.text));
    expect(await page.getByLabel('Intended outcome').inputValue()).toBe('y'.repeat(planLimits.opening.outcome));
    await page.context().close();
    // Ninety-seven fields and sixty-eight presses, each one a render and a save: a long test on a shared two-core machine.
  }, 180_000);

  it('offers a wordtrack as a question only while the plan has room for one more', async () => {
    const page = await openPlanner([{ ...fullPlan, questions: Array.from({ length: planLimits.questions.items }, (_, index) => ({ text: `Question ${index}`, kind: 'problem' as const })) }]);
    await page.getByLabel('Account').click();
    const add = page.locator('.picker__list button').first();
    await add.waitFor();
    expect(await add.isDisabled()).toBe(true);
    await page.getByRole('button', { name: `Remove question ${planLimits.questions.items}` }).click();
    expect(await add.isEnabled()).toBe(true);
    await page.context().close();
  });
});

describe('what a rep meets on a first call', () => {
  it('opens a new plan with one empty objective, ready to type into', async () => {
    const page = await openPlanner();
    expect(await page.getByLabel('Objective 1').inputValue()).toBe('');
    expect(await page.getByLabel('Objective 2').count()).toBe(0);
    await page.context().close();
  });

  it('moves focus into the field each add button adds, and keeps it in an objective when a rewrite is accepted', async () => {
    const page = await openPlanner();
    const focused = () => page.evaluate(() => document.activeElement?.id);
    for (const [label, id] of [['Add a person', 'plan-person-0'], ['Add an objective', 'plan-objective-1'], ['Write a question', 'plan-question-0'], ['Add a concern', 'plan-concern-0']] as const) {
      await page.getByRole('button', { name: label, exact: true }).click();
      await expect.poll(focused).toBe(id);
    }
    await page.getByLabel('Objective 1').fill('I want to convince them to switch');
    await page.getByRole('button', { name: /^Use: I need to understand/ }).first().click();
    await expect.poll(() => page.locator('.coach__ok').count()).toBe(1);
    expect(await focused()).toBe('plan-objective-0');
    await page.context().close();
  });

  it('shows the coach’s flags on saved objectives as soon as they load', async () => {
    const page = await openPlanner([{ ...fullPlan, objectives: ['I want to get them to sign this quarter', ...fullPlan.objectives.slice(1)] }]);
    await page.locator('.coach__flag').first().waitFor();
    expect(await page.locator('.coach__flag').count()).toBe(1);
    expect(await page.locator('.coach__ok').count()).toBe(fullPlan.objectives.length - 1);
    await page.context().close();
  });

  it('copies the plan as text with the titles of its track and stage, not their ids', async () => {
    const page = await openPlanner([fullPlan], { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await expect.poll(() => page.locator('.notice').allTextContents()).toContain('Copied as text for a CRM note.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const stageTitle = await page.getByLabel('Stage', { exact: true }).locator('option:checked').textContent();
    const trackTitle = await page.getByLabel('Track', { exact: true }).locator('option:checked').textContent();
    expect(text).toContain(`Track: ${trackTitle}\nStage: ${stageTitle}`);
    expect(text).not.toContain(fullPlan.stage);
    await page.context().close();
  });

  it('names buttons in its messages as they are labelled', async () => {
    const page = await openPlanner();
    await importFile(page, 'notes.json', Buffer.from('my notes'));
    const notice = page.locator('.notice', { hasText: 'Import refused' });
    await notice.waitFor();
    const named = [...((await notice.textContent()) ?? '').matchAll(/“([^”]+)”/g)].map(([, name]) => name!);
    expect(named).toEqual(['Download JSON']);
    for (const name of named) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(1);
    await page.context().close();
  });
});
