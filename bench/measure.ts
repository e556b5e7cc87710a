import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** How often the process tree's memory is sampled. */
const SAMPLE_MS = 50;

export interface RunResult {
  wallMs: number;
  /**
   * CPU time of the whole process tree, user and system: the steadier figure when other work shares the machine.
   * Each process counts with its last sample, so a process's final SAMPLE_MS may be missed.
   */
  cpuMs: number;
  /** The most the whole process tree held at one moment: the sum of its processes' resident sets. */
  peakTreeRss: number;
  /** The most any one process of the tree held. */
  peakProcessRss: number;
}

/** Clock ticks per second of /proc/<pid>/stat's times: 100 on Linux everywhere Node runs. */
const TICKS_PER_SECOND = 100;

/** Resident set sizes in bytes of `root` and all its descendants, and their CPU times in ms, read from /proc. */
function treeSample(root: number): { rss: number[]; cpu: Map<number, number> } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const cpuOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let status: string;
    try {
      status = readFileSync(`/proc/${name}/status`, 'utf8');
    } catch {
      continue; // It exited between the listing and the read.
    }
    const pid = Number(name);
    const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(pid);
    rss.set(pid, 1024 * Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0));
    try {
      // utime and stime are the 14th and 15th fields, counted after the command name's closing parenthesis.
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ');
      cpuOf.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    } catch {
      // It exited in between.
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!) ?? []));
  return { rss: tree.map((pid) => rss.get(pid) ?? 0), cpu: new Map(tree.map((pid) => [pid, cpuOf.get(pid) ?? 0])) };
}

/**
 * Runs a command to the end, timing it and sampling its process tree's memory every SAMPLE_MS.
 *
 * Why a tree sum: the build is a Node process, and Pagefind's Node API runs the index in a child process (the
 * pagefind binary), beside git and esbuild children; `/usr/bin/time` reports only the largest single process, which
 * hides the index's memory while it sits next to Astro's. Summing resident sets counts shared library pages once per
 * process, so the figure errs high, the safe side for a ceiling.
 */
export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Kept for the error message only; a failed build is reported with its own words.
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakTreeRss = 0;
    let peakProcessRss = 0;
    const cpuByPid = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      const { rss, cpu } = treeSample(child.pid);
      peakTreeRss = Math.max(peakTreeRss, rss.reduce((sum, size) => sum + size, 0));
      peakProcessRss = Math.max(peakProcessRss, ...rss);
      for (const [pid, ms] of cpu) cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, ms));
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const cpuMs = [...cpuByPid.values()].reduce((sum, ms) => sum + ms, 0);
      if (code === 0) resolve({ wallMs, cpuMs, peakTreeRss, peakProcessRss });
      else reject(new Error(`${[command, ...args].join(' ')} exited with ${code} in ${options.cwd}:\n${output.slice(-4000)}`));
    });
  });
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The bytes of every file under `dir`. */
export function folderBytes(dir: string): number {
  return files(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

/** Pages built: with `build.format: 'directory'` every page is a folder's index.html. */
export function countPages(dir: string): number {
  return files(dir).filter((file) => file.endsWith('/index.html')).length;
}
