import { writeFileSync } from 'node:fs';

/**
 * Set by `npm run build` (scripts/build.ts), which runs the steps that work on the built site (the search index,
 * then the service worker) itself once Astro has exited and given its memory back: at 1,000 stages Astro holds
 * about 2 GB when its build ends, and Pagefind's indexer needs most of a GB more. Its value is a file where Astro
 * says where it wrote the site. A plain `astro build` leaves it unset and runs the steps in its own hooks.
 */
export const STEPS_AFTER_ASTRO = 'ATTUNE_STEPS_AFTER_ASTRO';

/**
 * Also set by `npm run build`: the file where it writes the content check's verdict on the playbook it read beside
 * Astro (integrations/content-check.ts waits for it instead of reading the playbook itself).
 */
export const CONTENT_VERDICT = 'ATTUNE_CONTENT_VERDICT';

/** True when the build script runs this step after Astro; then it is told where the site is. */
export function leftToBuildScript(site: string): boolean {
  const handOver = process.env[STEPS_AFTER_ASTRO];
  if (handOver) writeFileSync(handOver, site);
  return Boolean(handOver);
}
