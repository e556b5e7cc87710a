import { afterEach, describe, expect, it, vi } from 'vitest';

// The folder is read once, when the module loads, so each case loads it afresh.
const load = async () => {
  vi.resetModules();
  return (await import('../../src/lib/content/content-dir')).contentDir;
};
afterEach(() => vi.unstubAllEnvs());

describe('the folder the playbook is read from', () => {
  it('is content/ in the project', async () => {
    vi.stubEnv('ATTUNE_CONTENT_DIR', undefined);
    expect(await load()).toBe('./content');
  });

  it('is the folder ATTUNE_CONTENT_DIR names, for the benchmarks and the broken fixtures', async () => {
    vi.stubEnv('ATTUNE_CONTENT_DIR', 'tests/fixtures/broken');
    expect(await load()).toBe('tests/fixtures/broken');
  });
});
