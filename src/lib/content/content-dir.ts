/**
 * The folder the playbook is read from. ATTUNE_CONTENT_DIR points the same build at another playbook:
 * the benchmarks' generated ones and the tests' broken fixtures.
 */
export const contentDir = process.env.ATTUNE_CONTENT_DIR ?? './content';
