import type { Page } from 'playwright-core';

/** Waits until the planner is live: until then it is aria-busy, and its bar and each part still the server's HTML are inert. */
export const plannerReady = (page: Page) => page.locator('.planner[aria-busy="false"]').waitFor();

/** Imports a file through the planner's hidden file input, as "Import JSON" does. */
export async function importFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** Every plan saved in the page's localStorage, parsed. */
export const savedPlans = (page: Page): Promise<Record<string, unknown>[]> =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('attune:plan:')).map((key) => JSON.parse(localStorage.getItem(key)!)));

/** A script for `addInitScript` that saves `plans` before the first load of a context, and only then. */
export const seedPlans = (plans: unknown[]) => ({
  content: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); for (const plan of ${JSON.stringify(plans)}) localStorage.setItem('attune:plan:' + plan.id, JSON.stringify(plan)); }`,
});
