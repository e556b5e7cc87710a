import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const scratch = join(root, 'tests/.tmp/broken-content');

/** Copies the real playbook, breaks one file, and runs the real build on it. */
function buildBroken(name: string, file: string, breakIt: (text: string) => string) {
  const dir = join(scratch, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'content'), dir, { recursive: true });
  const path = join(dir, file);
  const original = readFileSync(path, 'utf8');
  const changed = breakIt(original);
  expect(changed).not.toBe(original);
  writeFileSync(path, changed);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(dir, 'dist')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ATTUNE_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { status: result.status, output: result.stdout + result.stderr, prefix: `tests/.tmp/broken-content/${name}/` };
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the real build on broken content', () => {
  it('stops on a wordtrack phase of 7 and names file, entry, field and the allowed values', () => {
    const { status, output, prefix } = buildBroken('phase', 'wordtracks/showroom/test-drive.yaml', (text) => text.replace(/phase: 2/, 'phase: 7'));
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${prefix}wordtracks/showroom/test-drive.yaml: wordtrack "td-[a-z]+-\\d+": phase is 7, expected 1, 2 or 3`));
  });

  it('stops on a misspelt stage in a play and suggests the right id', () => {
    const { status, output, prefix } = buildBroken('reference', 'plays/trade-in-disappoints.mdx', (text) => text.replace(/^stages: \[([^\]]*)trade-in/m, 'stages: [$1trade-inn'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${prefix}plays/trade-in-disappoints.mdx: play "trade-in-disappoints": stages[`);
    expect(output).toContain('stage "trade-inn" does not exist; did you mean "trade-in"?');
  });

  it('prints a whole batch of errors at once', () => {
    const { status, output, prefix } = buildBroken('batch', 'wordtracks/showroom/delivery.yaml', (text) =>
      text.replace(/^\s+when: .*\n/m, '').replace('- id: del-discover-1', '- id: td-discover-1'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/The playbook has 2 content errors/);
    expect(output).toMatch(new RegExp(`${prefix}wordtracks/showroom/delivery.yaml: wordtrack "del-open-1": when is missing, expected a sentence on when to use it`));
    expect(output).toMatch(new RegExp(`${prefix}wordtracks/showroom/test-drive.yaml: wordtrack "td-discover-1": id is "td-discover-1", expected an id used only once; it is already used in ${prefix}wordtracks/showroom/delivery.yaml`));
  });
});
