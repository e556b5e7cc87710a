import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-test';

const site = useSite();

describe('printing a stage page', () => {
  it('prints the stage without navigation, buttons or the pager', async () => {
    const { page } = await site.open('/tracks/consultative/explore-problem/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    for (const name of ['Main', 'Breadcrumb', 'Reading order']) {
      expect(await page.getByRole('navigation', { name }).isVisible()).toBe(false);
    }
    expect(await page.locator('button:visible').count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
