import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Readies the Starlight peer in `root`: its site (bench/starlight: config, content collection, package.json and
 * package-lock.json) copied in, and its packages installed there with `npm ci` when they are missing or differ from
 * the lockfile. It is an install of its own on purpose: Starlight and its Astro are the bench's, never the site's
 * dependencies, and the project's package.json and package-lock.json stay as they are. It lives in its root, not
 * linked in as the baseline's packages are, because Starlight's Vite plugins do not resolve through links.
 */
export function prepareStarlight(project: string, root: string, log: (message: string) => void): void {
  const source = join(project, 'bench', 'starlight');
  mkdirSync(root, { recursive: true });
  for (const input of ['astro.config.mjs', 'src', 'package.json', 'package-lock.json']) {
    rmSync(join(root, input), { recursive: true, force: true });
    cpSync(join(source, input), join(root, input), { recursive: true });
  }
  const installed = join(root, 'node_modules', '.package-lock.json');
  const packages = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, { version?: string }> }).packages;
  if (existsSync(installed)) {
    const [want, have] = [packages(join(root, 'package-lock.json')), packages(installed)];
    if (Object.entries(want).every(([path, entry]) => path === '' || have[path]?.version === entry.version)) return;
  }
  log('Installing the Starlight peer (bench/starlight, npm ci)…');
  // Under `npm run` npm names itself; otherwise the npm on the PATH.
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
  const result = spawnSync(command, [...args, 'ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm ci for the Starlight peer failed (exit ${result.status}) in ${root}; the peer baseline cannot be built.`);
}
