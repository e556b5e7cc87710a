import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-test';
import { axeViolations } from '../support/axe';
import { layoutShift } from '../support/layout-shift';
import { pdfInfo } from '../support/pdf';
import { importFile, plannerReady, savedPlans } from '../support/planner-page';

const site = useSite();
const fullPlan = readFileSync('tests/fixtures/full-plan.json');

async function openPlanner(path = '/plan/') {
  const opened = await site.open(path);
  await plannerReady(opened.page);
  return opened;
}

describe('the call planner', () => {
  it.each([
    ['a phone', { width: 390, height: 844 }],
    ['a laptop', { width: 1280, height: 800 }],
  ])('does not move the page on %s when the saved plans load', async (_name, viewport) => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(site.origin + '/plan/');
    await plannerReady(page);
    expect(await layoutShift(page)).toBeLessThan(0.01);
    await context.close();
  });

  it('fetches the coach on the first touch, and only the chosen track’s wordtracks once a track is chosen', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(site.origin + '/plan/');
    await plannerReady(page);
    expect(fetched.filter((path) => path.endsWith('.json') || /\/tools\.[\w-]+\.js$/.test(path))).toEqual([]);
    await page.getByLabel('Account').click();
    await expect.poll(() => fetched.filter((path) => path === '/plan/coach.json').length).toBe(1);
    expect(fetched.filter((path) => path.startsWith('/plan/wordtracks/'))).toEqual([]);
    await page.getByLabel('Track', { exact: true }).selectOption('consultative');
    await expect.poll(() => fetched.filter((path) => path.startsWith('/plan/wordtracks/'))).toEqual(['/plan/wordtracks/consultative.json']);
    // A stage of the same track needs nothing more.
    await page.getByLabel('Stage', { exact: true }).selectOption('explore-problem');
    await page.locator('.picker__list li').first().waitFor();
    expect(fetched.filter((path) => path.startsWith('/plan/wordtracks/'))).toEqual(['/plan/wordtracks/consultative.json']);
    await context.close();
  });

  it('says so when a track’s wordtracks cannot load, and tries again when the track is chosen again', async () => {
    const context = await site.browser.newContext();
    let refuse = true;
    await context.route('**/plan/wordtracks/showroom.json', (route) => (refuse ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue()));
    const page = await context.newPage();
    await page.goto(site.origin + '/plan/');
    await plannerReady(page);
    await page.getByLabel('Account').click();
    await page.getByLabel('Track', { exact: true }).selectOption('showroom');
    await page.getByText('The wordtracks of this track could not load; choose the track again to retry.').waitFor();
    refuse = false;
    await page.getByLabel('Track', { exact: true }).selectOption('');
    await page.getByLabel('Track', { exact: true }).selectOption('showroom');
    await page.getByRole('radio', { name: /^Phase II:/ }).check();
    await page.locator('.picker__list li').first().waitFor();
    await context.close();
  });

  it('duplicates a plan as a new saved plan named as a copy, and leaves the original as it was', async () => {
    const { page } = await openPlanner();
    await page.getByLabel('Account').fill('Fabrikam');
    await expect.poll(() => savedPlans(page).then((plans) => plans.map((plan) => plan.account))).toEqual(['Fabrikam']);
    await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await expect.poll(() => savedPlans(page).then((plans) => plans.length)).toBe(2);
    const [first, second] = await savedPlans(page);
    expect([first!.name, second!.name].sort()).toEqual(['', 'Copy of Fabrikam']);
    expect(first!.id).not.toBe(second!.id);
    expect((await savedPlans(page)).map((plan) => plan.account)).toEqual(['Fabrikam', 'Fabrikam']);
  });

  it('keeps planning and says so when the coach cannot load', async () => {
    const context = await site.browser.newContext();
    await context.route('**/plan/coach.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    const page = await context.newPage();
    await page.goto(site.origin + '/plan/');
    await plannerReady(page);
    await page.getByLabel('Account').fill('Fabrikam');
    await expect.poll(() => page.locator('.notice').allTextContents()).toContain('The coach and the wordtrack picker could not load; reload the page to try again. Your plans are safe.');
    await expect.poll(() => savedPlans(page).then((plans) => plans.map((plan) => plan.account))).toContain('Fabrikam');
    // The coach stays quiet rather than coaching from nothing; the picker says why it offers nothing.
    await page.getByRole('button', { name: 'Add an objective' }).click();
    await page.getByLabel('Objective 1').fill('I want to convince them to switch');
    expect(await page.locator('.coach p').count()).toBe(0);
    expect(await page.getByText('Suggestions could not load; reload the page to try again.').isVisible()).toBe(true);
    await context.close();
  });

  it('keeps a filled plan across a reload', async () => {
    const { page } = await openPlanner();
    await page.getByLabel('Account').fill('Contoso Health');
    await page.getByLabel('Date and time').fill('2026-12-01T14:30');
    await page.getByRole('radio', { name: /^Phase II:/ }).check();
    await page.getByRole('button', { name: 'Add an objective' }).click();
    await page.getByLabel('Objective 1').fill('I need to understand how they choose between the two shortlisted systems');
    await page.getByRole('button', { name: 'Write a question' }).click();
    await page.getByLabel('Question 1', { exact: true }).fill('Which criteria matter most to the nurses?');
    await page.getByLabel('Best outcome').fill('They share their scoring sheet with us.');
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Person 1: name and title').fill('Ana Ruiz, CNO');
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Saved at/);
    await page.reload();
    await plannerReady(page);
    expect(await page.getByLabel('Account').inputValue()).toBe('Contoso Health');
    expect(await page.getByLabel('Date and time').inputValue()).toBe('2026-12-01T14:30');
    expect(await page.getByRole('radio', { name: /^Phase II:/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Objective 1').inputValue()).toBe('I need to understand how they choose between the two shortlisted systems');
    expect(await page.getByLabel('Question 1', { exact: true }).inputValue()).toBe('Which criteria matter most to the nurses?');
    expect(await page.getByLabel('Best outcome').inputValue()).toBe('They share their scoring sheet with us.');
    expect(await page.getByLabel('Person 1: name and title').inputValue()).toBe('Ana Ruiz, CNO');
  });

  it('makes a second plan, switches between them, deletes one and undoes it', async () => {
    const { page } = await openPlanner();
    await page.getByLabel('Account').fill('First account');
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByLabel('Account').fill('Second account');
    const switcher = page.getByLabel('Your plans');
    await expect.poll(() => switcher.locator('option').allTextContents()).toEqual(['Second account', 'First account']);
    await switcher.selectOption({ label: 'First account' });
    expect(await page.getByLabel('Account').inputValue()).toBe('First account');

    await page.getByRole('button', { name: 'Delete' }).click();
    expect(await switcher.locator('option').allTextContents()).toEqual(['Second account']);
    await expect.poll(async () => (await savedPlans(page)).map((plan) => plan.account)).toEqual(['Second account']);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.getByLabel('Account').inputValue()).toBe('First account');
    await expect.poll(async () => (await savedPlans(page)).map((plan) => plan.account).sort()).toEqual(['First account', 'Second account']);
  });

  it('flags "I want to convince them to switch" and a rewrite replaces the text in one click', async () => {
    const { page } = await openPlanner();
    await page.getByRole('button', { name: 'Add an objective' }).click();
    const objective = page.getByLabel('Objective 1');
    await objective.fill('I want to convince them to switch');
    await expect.poll(() => page.locator('.coach__flag').textContent()).toContain('Telling, not learning');
    expect(await page.locator('.coach__flag').textContent()).toContain('“convince”');
    const rewrite = page.getByRole('button', { name: /^Use: I need to understand/ }).first();
    const text = (await rewrite.textContent())!.replace(/^Use: /, '');
    expect(text).toContain('switching');
    await rewrite.click();
    expect(await objective.inputValue()).toBe(text);
    await expect.poll(() => page.locator('.coach__ok').count()).toBe(1);
  });

  it('adds a question picked from the wordtracks for the phase and stage', async () => {
    const { page } = await openPlanner('/plan/?phase=1&stage=explore-problem');
    await page.getByLabel('Account').click();
    const add = page.locator('.picker__list button').first();
    await add.waitFor();
    const offered = (await page.locator('.picker__list li > span').first().textContent())!;
    await add.click();
    expect(offered).toContain(await page.getByLabel('Question 1', { exact: true }).inputValue());
  });

  it('pre-fills Phase III from /plan/?phase=3 and ignores bad values with a notice', async () => {
    const { page } = await openPlanner('/plan/?phase=3');
    expect(await page.getByRole('radio', { name: /^Phase III:/ }).isChecked()).toBe(true);
    const second = await openPlanner('/plan/?phase=9&stage=nowhere');
    expect(await second.page.locator('.notice').allTextContents()).toEqual([
      'The link asked for phase “9”, which is not 1, 2 or 3, so the phase was left for you to choose.',
      'The link named a stage “nowhere” that is not in the playbook, so the stage was left for you to choose.',
    ]);
    expect(await second.page.getByRole('radio', { name: 'Not sure yet' }).isChecked()).toBe(true);
  });

  it('refuses a broken import with the reason and leaves the existing plans untouched', async () => {
    const { page } = await openPlanner();
    await page.getByLabel('Account').fill('Keep me');
    // The new plan is saved as it opens; wait for the edit itself to be saved.
    await expect.poll(async () => (await savedPlans(page)).map((plan) => plan.account)).toEqual(['Keep me']);
    const before = await savedPlans(page);
    await importFile(page, 'broken.json', Buffer.from('{"version": 2, "id": "x", "phase": "soon"'));
    await expect.poll(() => page.locator('.notice').first().textContent()).toBe('Import refused: The file is not JSON. Choose a file made by “Download JSON”. Your plans are unchanged.');
    await importFile(page, 'wrong.json', Buffer.from(JSON.stringify({ ...JSON.parse(fullPlan.toString()), phase: 'soon' })));
    await expect.poll(() => page.locator('.notice').first().textContent()).toMatch(/^Import refused: Plan 1 in the file cannot be used: phase: /);
    expect(await savedPlans(page)).toEqual(before);
    expect(await page.getByLabel('Account').inputValue()).toBe('Keep me');
  });

  it('reports damaged saved data, keeps it as it was, and opens the good plans', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('attune:plan:broken', '{"version":2,"id":"broken","acc');
    });
    const page = await context.newPage();
    await page.goto(site.origin + '/plan/');
    await plannerReady(page);
    // The explanation comes with the planner's tools, which load for it without waiting for a touch.
    await expect.poll(() => page.locator('.notice--problem').textContent()).toContain('1 saved plan could not be opened. It is kept as it was in this browser; nothing was overwritten.');
    expect(await page.locator('.notice--problem').textContent()).toContain('attune:plan:broken: the saved text is not valid JSON');
    await page.getByLabel('Account').fill('A good plan');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('attune:plan:broken'))).toBe('{"version":2,"id":"broken","acc');
    await context.close();
  });

  it('shows markup in an objective as text and runs nothing', async () => {
    const { page } = await openPlanner();
    await page.evaluate(() => ((window as unknown as { pwned: boolean }).pwned = false));
    const hostile = '<img src=x onerror="window.pwned=true">';
    await page.getByRole('button', { name: 'Add an objective' }).click();
    await page.getByLabel('Objective 1').fill(hostile);
    const plan = { ...JSON.parse(fullPlan.toString()), id: 'hostile', objectives: [hostile], account: '<script>window.pwned=true</script>' };
    await importFile(page, 'hostile.json', Buffer.from(JSON.stringify(plan)));
    await expect.poll(() => page.locator('.notice').allTextContents()).toContain('Plan “<script>window.pwned=true</script>” contains text that looks like HTML; it is shown as plain text.');
    expect(await page.getByLabel('Objective 1').inputValue()).toBe(hostile);
    expect(await page.locator('.sheet__answers li').first().textContent()).toContain(hostile);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
  });

  it.each([
    ['Letter', 612, 792],
    ['A4', 595.28, 841.89],
  ] as const)('prints a full plan as exactly one %s page, without the site chrome', async (format, width, height) => {
    const { page } = await openPlanner();
    await importFile(page, 'full-plan.json', fullPlan);
    await expect.poll(() => page.getByLabel('Account').inputValue()).toBe('Northwind Logistics');
    await page.locator('.sheet').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sheet').isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.locator('.plan-form').isVisible()).toBe(false);
    const info = pdfInfo(await page.pdf({ format }));
    expect(info.pages).toBe(1);
    expect(Math.abs(info.width - width)).toBeLessThan(2);
    expect(Math.abs(info.height - height)).toBeLessThan(2);
  });

  it('has no axe violations with a full plan and the coach showing', async () => {
    const { page } = await openPlanner();
    await importFile(page, 'full-plan.json', fullPlan);
    await expect.poll(() => page.getByLabel('Account').inputValue()).toBe('Northwind Logistics');
    await page.getByRole('button', { name: 'Add an objective' }).click();
    await page.getByLabel('Objective 7').fill('Pitch our route optimiser');
    await page.locator('.coach__flag').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the blank call-plan sheet', () => {
  it.each(['Letter', 'A4'] as const)('prints as one %s page with no JavaScript', async (format) => {
    const { page } = await site.open('/plan/sheet/', { javaScriptEnabled: false });
    expect(await page.locator('.sheet').isVisible()).toBe(true);
    expect(pdfInfo(await page.pdf({ format })).pages).toBe(1);
  });

  it('ships no script but the site chrome and has no axe violations', async () => {
    const { page } = await site.open('/plan/sheet/');
    const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
    expect(scripts.filter((src) => /Planner|preact|client/.test(src))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
