import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { prepareStarlight } from './starlight.ts';

export interface Site {
  name: 'real' | 'baseline' | 'starlight';
  /** The Astro root the site is built from: a copy under bench/.work, see `prepareRoot`. */
  root: string;
  /** The Node arguments that build it into `outDir`. */
  buildArgs(outDir: string): string[];
}

/** What the real site is built from; everything else in the project is not read by its build. */
const realInputs = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'integrations', 'scripts', 'public'];

/**
 * Copies `inputs` of `source` into a fresh `root` and gives it a node_modules of links to the packages in `modules`.
 *
 * Why a copy rather than `--root .`: Astro keeps per-root state that the next build reads back, `.astro/` (the list
 * of content modules) and `node_modules/.astro/` (the content layer's data store). The tests build the real playbook
 * in the project's root, and a generated playbook's state there could leak into their build or theirs into ours. A root of our own isolates both and lets every measured build start cold. node_modules is a real folder
 * of links, not one link, so that `node_modules/.astro/` lands in the copy too.
 */
function prepareRoot(source: string, inputs: string[], root: string, modules: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  for (const input of inputs) cpSync(join(source, input), join(root, input), { recursive: true });
  for (const name of readdirSync(modules)) {
    if (!name.startsWith('.')) symlinkSync(join(modules, name), join(root, 'node_modules', name));
  }
}

/**
 * A snapshot of the real site as the tree has it now, the bare baseline and the Starlight peer, each in its own root
 * under `work`. The real site builds as `npm run build` does (scripts/build.ts: Astro, then the search index); the
 * others with their own Astro: the project's for the baseline, Starlight's own install for Starlight.
 */
export function prepareSites(project: string, work: string, log: (message: string) => void): { real: Site; baseline: Site; starlight: Site } {
  const projectModules = join(project, 'node_modules');
  const astroIn = (modules: string) => join(modules, 'astro', 'bin', 'astro.mjs');
  const site = (name: Site['name'], script: (root: string) => string[]): Site => {
    const root = join(work, `root-${name}`);
    return { name, root, buildArgs: (outDir) => [...script(root), '--root', root, '--outDir', outDir] };
  };
  const real = site('real', (root) => [join(root, 'scripts', 'build.ts')]);
  const baseline = site('baseline', () => [astroIn(projectModules), 'build']);
  const starlight = site('starlight', (root) => [astroIn(join(root, 'node_modules')), 'build']);
  prepareRoot(project, realInputs, real.root, projectModules);
  prepareRoot(join(project, 'bench', 'baseline'), ['astro.config.mjs', 'src'], baseline.root, projectModules);
  prepareStarlight(project, starlight.root, log);
  return { real, baseline, starlight };
}

/** Removes what a previous build left in the root, so each measured build starts cold. */
export function clearBuildState(site: Site): void {
  for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(site.root, dir), { recursive: true, force: true });
}
