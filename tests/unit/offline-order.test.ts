import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { IndexNotWrittenError, writeServiceWorker } from '../../integrations/service-worker-build';
import { isHashedFile, isNavigation, isSavablePage, type RouteRequest } from '../../src/lib/offline/runtime-caching';

const origin = 'https://playbook.example';
const route = (path: string, mode = 'navigate', sameOrigin = true): RouteRequest => ({ request: { mode }, url: new URL(path, origin), sameOrigin });

describe('the order of the build steps', () => {
  it('generates the service worker after Pagefind has indexed the site', () => {
    const names = (config.integrations ?? []).flat().map((integration) => (integration && typeof integration === 'object' && 'name' in integration ? integration.name : ''));
    expect(names.indexOf('attune:search-index')).toBeGreaterThan(-1);
    expect(names.indexOf('attune:offline')).toBeGreaterThan(names.indexOf('attune:search-index'));
  });

  it('refuses to write a worker for a site that has no search index yet, and says what to change', async () => {
    const site = mkdtempSync(join(tmpdir(), 'attune-unindexed-'));
    try {
      await expect(writeServiceWorker(site)).rejects.toThrow(IndexNotWrittenError);
      await expect(writeServiceWorker(site)).rejects.toThrow(/list offline\(\) after searchIndex\(\)/);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('what the service worker caches as it is read', () => {
  it('saves pages opened without a query string', () => {
    expect(isSavablePage(route('/tracks/showroom/test-drive/'))).toBe(true);
    expect(isSavablePage(route('/search/?q=Harbour+Motors'))).toBe(false);
    expect(isSavablePage(route('/plan/?phase=2'))).toBe(false);
    expect(isSavablePage(route('/_astro/Planner.abc.js', 'cors'))).toBe(false);
  });

  it('answers every other page opened, so an unsaved one can fall back to the offline page', () => {
    expect(isNavigation(route('/search/?q=price'))).toBe(true);
    expect(isNavigation(route('/pagefind/pagefind.js', 'cors'))).toBe(false);
  });

  it('keeps files named by their content, from this site only', () => {
    expect(isHashedFile(route('/_astro/Planner.abc.js', 'cors'))).toBe(true);
    expect(isHashedFile(route('/pagefind/fragment/en_0ccd371.pf_fragment', 'cors'))).toBe(true);
    expect(isHashedFile(route('/pagefind/index/en_b3c372f.pf_index', 'cors'))).toBe(true);
    expect(isHashedFile(route('/pagefind/pagefind-entry.json?ts=1', 'cors'))).toBe(false);
    expect(isHashedFile(route('/pagefind/pagefind.js', 'cors'))).toBe(false);
    expect(isHashedFile(route('/_astro/x.js', 'cors', false))).toBe(false);
  });
});
