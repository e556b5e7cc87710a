import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as LockEntry;

/** Where Node would find `name` from the package at `path`: its own node_modules, then each parent's. */
function resolves(path: string, name: string): boolean {
  for (let folder = path; ; folder = folder.slice(0, Math.max(0, folder.lastIndexOf('/node_modules/')))) {
    if (`${folder ? `${folder}/` : ''}node_modules/${name}` in lock.packages) return true;
    if (!folder) return false;
  }
}

// `npm ci` refuses a lockfile that leaves out any package's dependency, even another platform's binary
// (this registry mirror lacks some of those, so a plain `npm install` here drops them from the lockfile).
describe('the lockfile', () => {
  it('matches package.json', () => {
    const root = lock.packages['']!;
    expect(root.dependencies ?? {}).toEqual(manifest.dependencies ?? {});
    expect(root.devDependencies).toEqual(manifest.devDependencies);
  });

  it('records every dependency and optional dependency of every package, so npm ci accepts it', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys({ ...entry.dependencies, ...entry.devDependencies, ...entry.optionalDependencies })
        .filter((name) => !resolves(path, name))
        .map((name) => `${path || 'package.json'} needs ${name}`),
    );
    expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
