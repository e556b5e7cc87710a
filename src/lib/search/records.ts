import type { PlaybookSource } from '../content/source.ts';
import { wordtrackRecords } from './wordtrack-records.ts';
import { glossaryRecords } from './glossary-records.ts';
import { objectionRecords } from './objection-records.ts';
import type { SearchRecord } from './record.ts';
import { synonymIndex, synonymsFor, type SynonymIndex } from './synonyms.ts';
import { indexedText, pageForIndex } from './page-html.ts';

/**
 * Every kind of entry that is searched as records of its own rather than as a page. A new kind is one more function here, and one more type in `recordTypes` (src/lib/search/filter-fields.ts).
 */
const recordSources: ((source: PlaybookSource) => SearchRecord[])[] = [wordtrackRecords, objectionRecords, glossaryRecords];

/** The synonym groups of the playbook, ready to match. */
export function playbookSynonyms(source: PlaybookSource): SynonymIndex {
  const groups = source.entries.filter((entry) => entry.collection === 'synonyms').map((entry) => entry.data as { id: string; terms: string[] });
  return synonymIndex(groups);
}

/**
 * How much a synonym counts, as searchable text added to a page or record: below the words the author wrote, but as
 * body text, so a short record that uses a term ranks above a long page that mentions it once.
 */
export const SYNONYM_WEIGHT = 0.7;

/** Every record the index holds besides the pages, with the synonyms of its words. */
export function searchRecords(source: PlaybookSource): SearchRecord[] {
  const synonyms = playbookSynonyms(source);
  return recordSources.flatMap((build) => build(source)).map((record) => {
    const terms = synonymsFor([record.title, ...record.parts.map((part) => part.text)].join('\n'), synonyms);
    return terms.length > 0 ? { ...record, parts: [...record.parts, { text: terms.join(', '), weight: SYNONYM_WEIGHT }] } : record;
  });
}

/**
 * A built page as the index takes it (`pageForIndex`): its body, with the synonyms of the words Pagefind indexes of
 * it added at its end (not of the words it ignores, such as the wordtrack cards a stage page shows: those are records
 * of their own, with their own synonyms).
 */
export function indexedPage(html: string, synonyms: SynonymIndex): string | undefined {
  const page = pageForIndex(html);
  if (!page) return undefined;
  const terms = synonymsFor(indexedText(page), synonyms);
  return terms.length > 0 ? pageForIndex(page, { text: terms.join(', '), weight: SYNONYM_WEIGHT }) : page;
}
