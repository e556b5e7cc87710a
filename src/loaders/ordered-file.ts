import { file, type Loader } from 'astro/loaders';
import { load as parse } from 'js-yaml';
import { inFileOrder } from '../lib/content/source.ts';

/**
 * A YAML list file whose entries keep the author's order: Astro's data store sorts every collection by id, so each
 * entry is given its position in the file, which `byPosition` sorts on. Authors never write `position`; the content
 * check reads the file itself and would refuse it as an unknown field.
 */
export function orderedFile(path: string): Loader {
  return file(path, {
    parser: (text) => {
      const items = parse(text);
      if (!Array.isArray(items)) return {};
      return inFileOrder(items) as Record<string, unknown>[];
    },
  });
}

/** Sorts entries loaded by `orderedFile` back into the author's order. */
export const byPosition = (a: { data: { position: number } }, b: { data: { position: number } }) => a.data.position - b.data.position;
