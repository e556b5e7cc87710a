import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const scratch = join(root, 'tests/.tmp/broken-content');

/** A copy of the real playbook to break, named `name`. */
function copyPlaybook(name: string) {
  const dir = join(scratch, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'content'), dir, { recursive: true });
  return { dir, prefix: `tests/.tmp/broken-content/${name}/` };
}

function change(dir: string, file: string, breakIt: (text: string) => string) {
  const path = join(dir, file);
  const original = readFileSync(path, 'utf8');
  const changed = breakIt(original);
  expect(changed).not.toBe(original);
  writeFileSync(path, changed);
}

/** Runs the real build on the playbook in `dir`, as `npm run build` does. */
function build(dir: string) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(dir, '..', `${dir.split('/').pop()}-dist`)], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', ATTUNE_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    timeout: 240_000,
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Copies the real playbook, breaks one file, and runs the real build on it. */
function buildBroken(name: string, file: string, breakIt: (text: string) => string) {
  const { dir, prefix } = copyPlaybook(name);
  change(dir, file, breakIt);
  return { ...build(dir), prefix };
}

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the real build on broken content', () => {
  it('stops on a wordtrack phase of 7 and names file and line, entry, field and the allowed values', () => {
    const { status, output, prefix } = buildBroken('phase', 'wordtracks/showroom/test-drive.yaml', (text) => text.replace(/phase: 2/, 'phase: 7'));
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${prefix}wordtracks/showroom/test-drive.yaml:7: wordtrack "td-[a-z]+-\\d+": phase is 7, expected 1, 2 or 3`));
  });

  it('stops on a misspelt stage in a play and suggests the right id', () => {
    const { status, output, prefix } = buildBroken('reference', 'plays/trade-in-disappoints.mdx', (text) => text.replace(/^stages: \[([^\]]*)trade-in/m, 'stages: [$1trade-inn'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${prefix}plays/trade-in-disappoints.mdx:11: play "trade-in-disappoints": stages[`);
    expect(output).toContain('stage "trade-inn" does not exist; did you mean "trade-in"?');
  });

  it('prints a whole batch of errors at once, what to fix first, and no stack trace', () => {
    const { status, output, prefix } = buildBroken('batch', 'wordtracks/showroom/delivery.yaml', (text) =>
      text.replace(/^\s+when: .*\n/m, '').replace('- id: del-discover-1', '- id: td-discover-1'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${prefix}wordtracks/showroom/delivery.yaml:4: wordtrack "del-open-1": when is missing, expected a sentence on when to use it`));
    expect(output).toMatch(new RegExp(`${prefix}wordtracks/showroom/test-drive.yaml:\\d+: wordtrack "td-discover-1": id is "td-discover-1", expected an id used only once; it is already used in ${prefix}wordtracks/showroom/delivery.yaml`));
    // Astro puts a line of its own before the error an integration throws; what to fix is printed before it.
    const fix = output.indexOf('Fix these 2 content problems, then build again:');
    expect(fix).toBeGreaterThanOrEqual(0);
    expect(fix).toBeLessThan(output.indexOf('An unhandled error occurred'));
    expect(output).toContain('The build stopped on 2 content problems, listed above.');
    expect(output).not.toMatch(stackTrace);
  });

  it('stops on MDX that would fail to render, before rendering, naming the MDX file and line of each mistake', () => {
    const { status, output, prefix } = buildBroken('mdx', 'foundations/rhythm.mdx', (text) =>
      `${text}\n<Callout>Careful.</Callout>\n\nThe total is {price.total}.\n\n<WordtrackList phase={4} />\n`,
    );
    const file = `${prefix}foundations/rhythm.mdx`;
    const lines = text(join(root, 'content/foundations/rhythm.mdx')).split('\n').length;
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}:${lines + 1}: foundation "rhythm": <Callout>: is not a component; expected one of <Aside>, <Checklist>, <PhaseBadge>, <Wordtrack>, <WordtrackList>`);
    expect(output).toContain(`${file}:${lines + 3}: foundation "rhythm": {price.total}: "price" is not defined;`);
    expect(output).toContain(`${file}:${lines + 5}: foundation "rhythm": <WordtrackList phase> is 4, expected 1, 2 or 3`);
    expect(output).not.toContain('Caught error rendering');
    expect(output).not.toMatch(stackTrace);
  });

  it("stops on links to a stage page or a wordtrack's anchor that do not exist, before rendering", () => {
    const { status, output, prefix } = buildBroken('entry-links', 'foundations/rhythm.mdx', (text) =>
      `${text}\nSee [the drive](/tracks/showroom/nope/) and [this line](/wordtracks/#missing-id).\n`,
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${prefix}foundations/rhythm.mdx:\\d+: foundation "rhythm": link "/tracks/showroom/nope/": leads to no page`));
    expect(output).toMatch(new RegExp(`${prefix}foundations/rhythm.mdx:\\d+: foundation "rhythm": link "/wordtracks/#missing-id": leads to no #missing-id on /wordtracks/`));
  });

  it('follows every link of the built site and stops on a dead one, naming the MDX file and line it came from', () => {
    const { status, output, prefix } = buildBroken('site-links', 'stages/showroom/test-drive.mdx', (text) =>
      `${text}\nPlan it [on the sheet](/plan/sheets/), then read [the part on numbers](/foundations/rhythm/#numbers).\n`,
    );
    const line = text(join(root, 'content/stages/showroom/test-drive.mdx')).split('\n').length + 1;
    const file = `${prefix}stages/showroom/test-drive.mdx:${line}: stage "test-drive"`;
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: link "/plan/sheets/": leads to no page; did you mean /plan/sheet/?`);
    expect(output).toContain(`${file}: link "/foundations/rhythm/#numbers": leads to no #numbers on /foundations/rhythm/;`);
    expect(output.indexOf('Fix these 2 dead links, then build again:')).toBeLessThan(output.indexOf('An unhandled error occurred'));
    expect(output).not.toMatch(stackTrace);
  });
});

describe('the build after an MDX file moved to another folder', () => {
  it('reads the file from where it is now, without deleting any cache', () => {
    const { dir } = copyPlaybook('moved');
    expect(build(dir).status).toBe(0);
    mkdirSync(join(dir, 'foundations/principles'));
    renameSync(join(dir, 'foundations/rhythm.mdx'), join(dir, 'foundations/principles/rhythm.mdx'));
    const again = build(dir);
    expect(again.output).not.toContain('content-layer-deferred-module');
    expect(again.status).toBe(0);
    expect(text(join(dir, '..', 'moved-dist/foundations/rhythm/index.html'))).toContain('<h1');
  }, 480_000);
});

function text(path: string): string {
  return readFileSync(path, 'utf8');
}
