import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export interface Site {
  name: 'real' | 'baseline';
  /** The Astro root the site is built from: a copy under bench/.work, see `prepareSites`. */
  root: string;
}

/** What the real site is built from; everything else in the project is not read by `astro build`. */
const realInputs = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'integrations', 'public'];

/**
 * Copies `inputs` of `source` into a fresh `root` and gives it a node_modules of links to the project's packages.
 *
 * Why a copy rather than `--root .`: Astro keeps per-root state that the next build reads back, `.astro/` (the list
 * of content modules) and `node_modules/.astro/` (the content layer's data store). The tests build the real playbook
 * in the project's root, and a generated playbook's state there could leak into their build or theirs into ours. A root of our own isolates both and lets every measured build start cold. node_modules is a real folder
 * of links, not one link, so that `node_modules/.astro/` lands in the copy too.
 */
function prepareRoot(source: string, inputs: string[], root: string, project: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  for (const input of inputs) cpSync(join(source, input), join(root, input), { recursive: true });
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(project, 'node_modules', name), join(root, 'node_modules', name));
  }
}

/** A snapshot of the real site as the tree has it now, and of the baseline, each in its own root under `work`. */
export function prepareSites(project: string, work: string): { real: Site; baseline: Site } {
  const real: Site = { name: 'real', root: join(work, 'root-real') };
  const baseline: Site = { name: 'baseline', root: join(work, 'root-baseline') };
  prepareRoot(project, realInputs, real.root, project);
  prepareRoot(join(project, 'bench', 'baseline'), ['astro.config.mjs', 'src'], baseline.root, project);
  return { real, baseline };
}

/** Removes what a previous build left in the root, so each measured build starts cold. */
export function clearBuildState(site: Site): void {
  for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(site.root, dir), { recursive: true, force: true });
}
