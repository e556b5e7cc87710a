import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../support/site-test';
import { pdfInfo, pdfText, pdfWordHeights } from '../support/pdf';
import { plannerReady, seedPlans } from '../support/planner-page';
import type { Plan } from '../../src/schemas/plan';

const site = useSite();
/** The long, realistic plan: five people, six objectives, twelve questions, four concerns. */
const fullPlan = JSON.parse(readFileSync('tests/fixtures/full-plan.json', 'utf8')) as Plan;
const shortPlan: Plan = {
  ...fullPlan,
  id: 'short-plan',
  attendees: fullPlan.attendees.slice(0, 2),
  objectives: fullPlan.objectives.slice(0, 2),
  questions: fullPlan.questions.slice(0, 3),
  concerns: fullPlan.concerns.slice(0, 1),
};
/** Too long for one page even at the smallest type: twice the questions, each asked a second way. */
const tooLong: Plan = {
  ...fullPlan,
  id: 'too-long',
  questions: [...fullPlan.questions, ...fullPlan.questions.map((question) => ({ ...question, text: `Put another way: ${question.text}` }))],
};

/** Opens the planner with `plan` saved, touching nothing: what a rep gets who presses Ctrl+P or uses the menu. */
async function openWith(plan: Plan, prepare?: (context: BrowserContext) => Promise<unknown>): Promise<Page> {
  const context = await site.browser.newContext();
  await context.addInitScript(seedPlans([plan]));
  await prepare?.(context);
  const page = await context.newPage();
  await page.goto(site.origin + '/plan/');
  await plannerReady(page);
  return page;
}

/** Text as pdftotext gives it: one space for any white space. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The middle of the printed word heights: the size of the sheet's body type. */
const bodyType = (pdf: Buffer) => {
  const heights = pdfWordHeights(pdf).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)]!;
};

describe('printing the call-plan sheet', () => {
  it('prints the saved plan before any interaction', async () => {
    const page = await openWith(fullPlan);
    const text = pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain('Call plan: Northwind Logistics');
    expect(text).toContain(words(fullPlan.objectives[0]!));
    await page.context().close();
  });

  it.each(['Letter', 'A4'] as const)('prints the long, realistic plan on one %s page with every objective, question and concern', async (format) => {
    expect([fullPlan.attendees.length, fullPlan.objectives.length, fullPlan.questions.length, fullPlan.concerns.length]).toEqual([5, 6, 12, 4]);
    const page = await openWith(fullPlan);
    const pdf = await page.pdf({ format });
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = pdfText(pdf);
    const missing = [...fullPlan.objectives, ...fullPlan.questions.map((question) => question.text), ...fullPlan.concerns.flatMap((item) => [item.concern, item.explore])]
      .map(words)
      .filter((line) => !text.includes(line));
    expect(missing).toEqual([]);
    expect(await page.locator('.notice', { hasText: 'too long for one page' }).count()).toBe(0);
    await page.context().close();
  });

  it('gives a short plan larger type than the long one, and more room to write', async () => {
    const long = await openWith(fullPlan);
    const longPdf = await long.pdf({ format: 'Letter' });
    const short = await openWith(shortPlan);
    const shortPdf = await short.pdf({ format: 'Letter' });
    expect(pdfInfo(shortPdf).pages).toBe(1);
    expect(bodyType(shortPdf)).toBeGreaterThan(bodyType(longPdf) * 1.15);
    const ruleOf = (page: Page) => page.locator('.sheet__answer').first().evaluate((node) => node.getBoundingClientRect().height / parseFloat(getComputedStyle(node).fontSize));
    await long.emulateMedia({ media: 'print' });
    await short.emulateMedia({ media: 'print' });
    expect(await ruleOf(short)).toBeGreaterThan(await ruleOf(long));
    await long.context().close();
    await short.context().close();
  });

  it('fits the plan, not the blank sheet the page starts with, when the sheet and its fitting arrive after the plans', async () => {
    // Held back past the moment the planner first measures (600 ms after the plans load), as on a slow connection.
    const late = async (context: BrowserContext) =>
      context.route('**/_astro/sheet-kit.*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
    const page = await openWith(tooLong, late);
    await page.locator('.notice', { hasText: 'too long for one page' }).waitFor();
    await page.context().close();
    const short = await openWith(shortPlan, late);
    expect(pdfInfo(await short.pdf({ format: 'Letter' })).pages).toBe(1);
    await short.context().close();
  });

  it('measures a new, blank plan’s sheet only once it is printed, and prints it on one page', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.origin + '/plan/');
    await plannerReady(page);
    const sheetSize = () => page.evaluate(() => document.getElementById('plan-sheet')!.style.getPropertyValue('--sheet-size'));
    // Live means the sheet and its fitting have loaded; a plan with content is measured 600 ms after it settles.
    await page.waitForTimeout(2000);
    expect(await sheetSize()).toBe('');
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdfInfo(pdf).pages).toBe(1);
    expect(await sheetSize()).toMatch(/^\d+(\.\d+)?pt$/);
    await page.close();
  });

  it('says so when the sheet’s code cannot load, and the planner still works', async () => {
    const context = await site.browser.newContext();
    await context.route('**/_astro/sheet-kit.*.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(site.origin + '/plan/');
    await plannerReady(page);
    await page.locator('.notice', { hasText: 'The printable sheet could not load' }).waitFor();
    await page.fill('#plan-account', 'Harbor Freight Co');
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => localStorage.getItem(key)!.includes('Harbor Freight Co')).length)).toBe(1);
    await context.close();
  });

  it('says on screen, before printing, which parts to shorten when a plan cannot fit, and breaks cleanly onto a second page', async () => {
    const page = await openWith(tooLong);
    const notice = page.locator('.notice', { hasText: 'too long for one page' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/shorten the longest parts: “Questions to ask”, “[^”]+” and “[^”]+”\.$/);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfInfo(pdf).pages).toBe(2);
    const text = pdfText(pdf);
    expect(tooLong.questions.map((question) => words(question.text)).filter((line) => !text.includes(line))).toEqual([]);
    // A clean break: each question is whole on one page or the other.
    const pages = [pdfText(pdf, 1), pdfText(pdf, 2)];
    expect(tooLong.questions.filter((question) => !pages.some((pageText) => pageText.includes(words(question.text))))).toEqual([]);
    await page.context().close();
  });
});
