/**
 * The folder the playbook is read from. ATTUNE_CONTENT_DIR points the same build at another playbook:
 * the benchmarks' generated ones and the tests' broken fixtures.
 */
export const contentDir = process.env.ATTUNE_CONTENT_DIR ?? './content';

/**
 * Set by `npm run build` for Astro: a folder holding the YAML collections as its own reading of the playbook found
 * them, which Astro's loaders take instead of parsing the files again (src/lib/content/handed-read.ts).
 */
export const CONTENT_READ = 'ATTUNE_CONTENT_READ';
