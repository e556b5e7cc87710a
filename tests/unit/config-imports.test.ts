import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every module that loading astro.config.mjs loads, in a Node process of its own (a test's own process has loaded
 * half the project already), listed by a loader hook.
 */
function modulesLoadedBy(config: string): string[] {
  const script = `
    import { registerHooks } from 'node:module';
    const loaded = [];
    registerHooks({ load: (url, context, next) => (loaded.push(url), next(url, context)) });
    await import(${JSON.stringify(pathToFileURL(config).href)});
    process.stdout.write(JSON.stringify(loaded));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Loading ${config} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

describe('loading the Astro config', () => {
  // Astro waits for its config before it starts; `npm run build` reads and checks the playbook, makes the records and
  // indexes the site outside Astro, so these only slowed every build's start (by 0.2–0.6 s on this machine).
  const loaded = modulesLoadedBy('astro.config.mjs');

  it('loads the integrations themselves', () => {
    expect(loaded).toEqual(expect.arrayContaining([expect.stringMatching(/\/integrations\/content-check\.ts$/), expect.stringMatching(/\/integrations\/search-index\.ts$/)]));
  });

  it('loads neither Pagefind, Workbox, the playbook reader, the validators nor the search records until a hook needs them', () => {
    const heavy = /\/node_modules\/(pagefind|workbox-build)\/|\/src\/lib\/(content\/(source|validate|review-report|handed-read)|search\/records)\.ts$|\/src\/schemas\//;
    expect(loaded.filter((url) => heavy.test(url))).toEqual([]);
  });
});
