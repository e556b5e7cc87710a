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
  it('renders the sheet from the first paint: in the page’s HTML and in the code that hydrates it', () => {
    expect(plannerPage.html).toMatch(/<article class="sheet" aria-label="Call-plan sheet">/);
    expect(firstLoad).toContain('What I need to learn');
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
    // Loaded as the planner starts, and run a layout or two per task (useSheetFit.ts), off the first load's critical path.
    ['fitting the sheet to one page', '--sheet-size'],
  ])('leaves %s for later', (_name, marker) => {
    expect(firstLoad).not.toContain(marker);
  });
});
