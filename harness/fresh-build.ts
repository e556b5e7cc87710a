import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const stamp = join(root, 'dist', '.build-stamp');
const inputs = ['src', 'content', 'integrations', 'scripts/build.ts', 'scripts/build-prepare.ts', 'public', 'astro.config.mjs', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stats.mtimeMs);
}

/** Builds the site unless dist/ is newer than every input, so several test projects share one build. */
export default function setup(): void {
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const changedAt = Math.max(...inputs.map((input) => newestMtime(join(root, input))));
  if (builtAt > changedAt) return;
  // The build as `npm run build` makes it: Astro, then the search index and the service worker once Astro has exited.
  try {
    execFileSync(process.execPath, [join(root, 'scripts/build.ts')], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      // Vitest sets NODE_ENV=test, which would make Preact and Vite build their development code: the tests must
      // check, weigh and drive the site exactly as `npm run build` makes it.
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    });
  } catch (error) {
    // The build's own messages are above; the child process's error object would only bury them.
    const status = (error as { status?: number | null }).status;
    throw new Error(`The site did not build (exit code ${status ?? 'none'}); its messages are above. Another build of this checkout at the same time (npm run audit, say) is one cause.`);
  }
  writeFileSync(stamp, new Date().toISOString());
}
