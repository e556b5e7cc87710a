import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_VERDICT } from '../../integrations/after-astro';
import contentCheck from '../../integrations/content-check';
import { contentVerdict } from '../../integrations/content-verdict';
import { readPlaybook } from '../../src/lib/content/source';
import { sharedPlaybookRead } from '../../integrations/playbook-read';
import { validFiles } from '../support/playbook-folder';

const root = mkdtempSync(join(tmpdir(), 'attune-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>) {
  const dir = join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'content', file)), { recursive: true });
    writeFileSync(join(dir, 'content', file), text);
  }
  return dir;
}

/** What the integration logs, level by level, as Astro's logger would print it. */
function recordingLogger() {
  const lines: { level: string; message: string }[] = [];
  const log = (level: string) => (message: string) => lines.push({ level, message });
  const logger = { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug'), options: {}, label: 'test', fork: () => logger };
  return { lines, logger: logger as never };
}

type Hooks = { 'astro:config:setup': (options: unknown) => void | Promise<void>; 'astro:server:setup': (options: unknown) => void };
const hooksOf = () => contentCheck(sharedPlaybookRead()).hooks as unknown as Hooks;
const broken = (files: Record<string, string>) => ({ ...files, 'foundations/rhythm.mdx': files['foundations/rhythm.mdx']!.replace('order: 1', 'order: first') });

describe('the content check in a build', () => {
  it('logs each problem first, then stops the build with a summary that carries no stack trace', async () => {
    const dir = project('build', broken(validFiles()));
    const { lines, logger } = recordingLogger();
    let thrown: Error | undefined;
    try {
      await hooksOf()['astro:config:setup']({ config: { root: pathToFileURL(`${dir}/`) }, command: 'build', logger });
    } catch (error) {
      thrown = error as Error;
    }
    expect(lines).toEqual([
      { level: 'error', message: 'Fix this content problem, then build again:\n  content/foundations/rhythm.mdx:3: foundation "rhythm": order is "first", expected a whole number' },
    ]);
    expect(thrown?.message).toBe('The build stopped on 1 content problem, listed above.');
    expect(thrown?.stack).toBe('');
  });
});

describe('the content check handed its verdict by npm run build', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reports the verdict that scripts/build.ts wrote, without reading the playbook itself, and stops on its problems', async () => {
    const dir = project('handed', broken(validFiles()));
    const verdict = contentVerdict(readPlaybook(join(dir, 'content'), dir), new Date(), true);
    expect(verdict.errors).toHaveLength(1);
    const file = join(dir, 'verdict.json');
    vi.stubEnv(CONTENT_VERDICT, file);
    const { lines, logger } = recordingLogger();
    const checking = hooksOf()['astro:config:setup']({ config: { root: pathToFileURL(`${join(root, 'no-such-project')}/`) }, command: 'build', logger });
    // The check waits for the file to appear whole.
    writeFileSync(file, JSON.stringify(verdict));
    await expect(checking).rejects.toThrow('The build stopped on 1 content problem, listed above.');
    expect(lines).toEqual([{ level: 'error', message: `Fix this content problem, then build again:\n  ${verdict.errors[0]}` }]);
  });
});

describe('the content check in npm run dev', () => {
  afterEach(() => vi.useRealTimers());

  it('checks again when a content file is saved, and says when the problem is fixed', async () => {
    // The check waits for an editor's last write; the fake clock lets the test move past that wait at once.
    vi.useFakeTimers();
    const files = validFiles();
    const dir = project('dev', files);
    const { lines, logger } = recordingLogger();
    const hooks = hooksOf();
    const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
    await hooks['astro:config:setup']({ config: { root: pathToFileURL(`${dir}/`) }, command: 'dev', logger });
    hooks['astro:server:setup']({ server: { watcher }, logger });
    expect(lines.filter((line) => line.level === 'error')).toEqual([]);

    const rhythm = join(dir, 'content/foundations/rhythm.mdx');
    writeFileSync(rhythm, broken(files)['foundations/rhythm.mdx']!);
    watcher.emit('all', 'change', rhythm);
    watcher.emit('all', 'change', rhythm);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(lines.filter((line) => line.level === 'error')).toHaveLength(1));
    expect(lines.at(-1)).toEqual({
      level: 'error',
      message: 'Fix this content problem; the check runs again when you save:\n  content/foundations/rhythm.mdx:3: foundation "rhythm": order is "first", expected a whole number',
    });

    writeFileSync(rhythm, files['foundations/rhythm.mdx']!);
    watcher.emit('all', 'change', rhythm);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(lines.at(-1)).toEqual({ level: 'info', message: 'The content check passes again.' }));

    // Saving a file outside the playbook checks nothing.
    const count = lines.length;
    writeFileSync(rhythm, broken(files)['foundations/rhythm.mdx']!);
    watcher.emit('all', 'change', join(dir, 'src/pages/index.astro'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(lines).toHaveLength(count);
  });
});
