import type { PlaybookSource } from '../content/source.ts';
import type { SearchRecord } from './record.ts';
import { byTerm, glossaryPages } from '../glossary/pages.ts';

/** One record per glossary term, at the term's anchor on its page, so a result opens the term and not the top of the glossary. */
export function glossaryRecords(source: PlaybookSource): SearchRecord[] {
  const terms = source.entries.filter((entry) => entry.collection === 'glossary') as { id: string; data: { term: string } }[];
  const { hrefOf } = glossaryPages([...terms].sort(byTerm));
  return terms
    .map((entry) => {
      const { term, definition } = entry.data as { term: string; definition: string };
      return { url: hrefOf(entry.id), title: term, parts: [{ text: definition, weight: 1 }], meta: { kind: 'Glossary' }, filters: { type: ['term'] } };
    });
}
