import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { weighPage } from '../support/page-weight';
import { builtPages, distDir } from '../../harness/site-files';

const plannerPage = builtPages().find((page) => page.path === '/plan/')!;
/** The code /plan/ runs before the rep does anything: its scripts and island modules through their static imports. */
const firstLoad = weighPage(distDir, '/plan/', plannerPage.html)
  .scripts.filter((script) => script.name.startsWith('/'))
  .map((script) => readFileSync(join(distDir, script.name), 'utf8'))
  .join('\n');

describe('what the planner loads first, and what waits', () => {
  it('renders the sheet from the first paint, in the page’s HTML; its code comes after the page', () => {
    expect(plannerPage.html).toMatch(/<article class="sheet" aria-label="Call-plan sheet">/);
    expect(plannerPage.html).toContain('What I need to learn');
  });

  // Each is a sentence or name only one lazily loaded module holds; the build's chunk groups (astro.config.mjs) must
  // not pull any of them into the first load.
  it.each([
    ['the coach', 'Telling, not learning'],
    ['the wordtrack picker', 'No wordtrack has those words'],
    ['import and export', 'attune-call-plans'],
    ['adding imported plans', 'attune:import-check'],
    ['delete and undo', 'bring back'],
    ['the merge with another tab', 'was also changed in another tab'],
    ['the migration of old plans', 'came from an older planner'],
    ['the notice of a plan too long to print', 'shorten the longest parts'],
    // Loaded as the planner starts, off the first load's critical path: the sheet, and its fit to one page, run a layout
    // per task (useSheetFit.ts). Until they arrive, the sheet in the page is the server's.
    ['the printable sheet', 'What I need to learn'],
    ['fitting the sheet to one page', '--sheet-size'],
  ])('leaves %s for later', (_name, marker) => {
    expect(firstLoad).not.toContain(marker);
  });
});
