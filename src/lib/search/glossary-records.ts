import type { PlaybookSource } from '../content-source.ts';
import type { SearchRecord } from './record.ts';

/** One record per glossary term, at the term's anchor, so a result opens the term and not the top of the glossary. */
export function glossaryRecords(source: PlaybookSource): SearchRecord[] {
  return source.entries
    .filter((entry) => entry.collection === 'glossary')
    .map((entry) => {
      const { term, definition } = entry.data as { term: string; definition: string };
      return { url: `/glossary/#${entry.id}`, title: term, parts: [{ text: definition, weight: 1 }], meta: { kind: 'Glossary' }, filters: { type: ['term'] } };
    });
}
