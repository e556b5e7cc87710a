import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir } from '../../harness/site-files';

const root = process.cwd();
const ownLoadersDist = join(root, 'tests/.tmp/own-loaders-dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name !== '.build-stamp')
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

afterAll(() => rmSync(ownLoadersDist, { recursive: true, force: true }));

describe('the YAML read once, by npm run build, for Astro’s loaders', () => {
  it('builds exactly the site that Astro’s loaders build when they read the YAML themselves', () => {
    // A plain `astro build` leaves ATTUNE_CONTENT_READ unset: its loaders parse every YAML file, and its hooks make
    // the search index and the service worker. dist/ is `npm run build`'s, whose loaders took the handed read.
    const { status, stderr } = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', ownLoadersDist], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ATTUNE_CONTENT_READ: '' },
      timeout: 240_000,
    });
    expect(status, stderr).toBe(0);
    const files = filesUnder(distDir);
    expect(filesUnder(ownLoadersDist)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(distDir, file)).equals(readFileSync(join(ownLoadersDist, file))));
    expect(differing).toEqual([]);
  }, 300_000);
});
