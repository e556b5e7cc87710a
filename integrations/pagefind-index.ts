import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { NewFileResponse, PagefindIndex } from 'pagefind';
import { builtPageFiles } from '../src/lib/content/built-pages.ts';
import { indexedText, pageUrl } from '../src/lib/search/page-html.ts';
import { recordHtml } from '../src/lib/search/record.ts';
import { indexedPage, playbookSynonyms, searchRecords } from '../src/lib/search/records.ts';
import type { SynonymIndex } from '../src/lib/search/synonyms.ts';
import { countWords, encodeVocabulary, vocabularyPath } from '../src/lib/search/vocabulary.ts';
import type { PlaybookSource } from '../src/lib/content/source.ts';

/** The vocabulary's budget (issue 11): it loads with every first search. */
const VOCABULARY_GZIP_LIMIT = 10_000;

function fail(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Search indexing failed while ${step}:\n${errors.map((error) => `  ${error}`).join('\n')}`);
}

/** A record as Pagefind takes it: where it leads, and the HTML document it is indexed from. */
interface RecordFile {
  url: string;
  content: string;
}

/** What the index needs of the playbook: every record besides the pages, and the synonym groups to add to pages. */
export interface SearchInput {
  records: RecordFile[];
  synonyms: SynonymIndex;
}

/**
 * The search input of the playbook as read: plain data, so that it can be made in another process and handed over,
 * and the records ready as Pagefind takes them, so that the process that indexes holds strings, not objects.
 */
export function searchInput(source: PlaybookSource): SearchInput {
  return { records: searchRecords(source).map((record) => ({ url: record.url, content: recordHtml(record) })), synonyms: playbookSynonyms(source) };
}

/**
 * Records sent to Pagefind at a time. All at once, the requests of 10,000 records waited in the build's process at
 * the same moment, and its memory grew by 90 MB while Astro built beside it.
 */
const RECORD_BATCH = 250;

/** What `counted` is told of each page or record Pagefind has taken: what it was given, and what it made of it. */
type Counted = (file: RecordFile, added: NewFileResponse) => void;

/** Adds each record to `index`. */
async function addRecords(index: PagefindIndex, records: RecordFile[], counted: Counted): Promise<void> {
  for (let from = 0; from < records.length; from += RECORD_BATCH) {
    const batch = records.slice(from, from + RECORD_BATCH);
    const recorded = await Promise.all(batch.map((record) => index.addHTMLFile(record)));
    recorded.forEach((result, at) => {
      fail(`adding the record ${batch[at]!.url}`, result.errors);
      counted(batch[at]!, result);
    });
  }
}

/**
 * Adds the pages of the built site in `site` to `index`, each sent as soon as it is read, so that Pagefind parses one
 * while the next is read.
 */
async function addPages(index: PagefindIndex, site: string, synonyms: SynonymIndex, counted: Counted): Promise<number> {
  const adding: Promise<void>[] = [];
  for (const file of builtPageFiles(site)) {
    const content = indexedPage(readFileSync(file, 'utf8'), synonyms);
    if (!content) continue;
    const page = { url: pageUrl(relative(site, file)), content };
    adding.push(index.addHTMLFile(page).then((result) => {
      fail(`indexing the page ${page.url}`, result.errors);
      counted(page, result);
    }));
  }
  await Promise.all(adding);
  return adding.length;
}

/** An index with the playbook's records in it, waiting for the built site. */
export interface RecordedIndex {
  /** Adds the site's pages, writes the index and its vocabulary into `site`, and says what it did. */
  finish(site: string): Promise<string>;
  /** Stops Pagefind without writing: the site was not built. */
  abandon(): Promise<void>;
}

/**
 * Starts a Pagefind index (its Node API) and adds every wordtrack, objection and glossary term as a record of its
 * own (src/lib/search/records.ts). The records do not depend on the built site, so `npm run build` adds them while
 * Astro builds, on the core that Astro leaves free.
 */
export async function recordIndex({ records, synonyms }: SearchInput): Promise<RecordedIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  fail('starting Pagefind', errors);
  if (!index) throw new Error('Search indexing failed: Pagefind returned no index');
  const abandon = async () => {
    await pagefind.close();
  };
  // The vocabulary's words, counted as Pagefind takes each page and record: its text, and the metadata it found.
  const words = new Map<string, number>();
  const counted: Counted = (file, added) => countWords(words, [indexedText(file.content), ...Object.values(added.file.meta)].join('\n'));
  try {
    await addRecords(index, records, counted);
  } catch (error) {
    await abandon();
    throw error;
  }
  // Only their number is kept: the build's process holds nothing more of them while Astro builds.
  const recordCount = records.length;
  const finish = async (site: string) => {
    try {
      const pageCount = await addPages(index, site, synonyms, counted);
      fail('writing the index', (await index.writeFiles({ outputPath: resolve(site, 'pagefind') })).errors);
      const vocabulary = encodeVocabulary(words, (text) => gzipSync(text, { level: 9 }).length <= VOCABULARY_GZIP_LIMIT);
      writeFileSync(join(site, vocabularyPath), vocabulary);
      return `Indexed ${pageCount + recordCount} pages and records, of them ${recordCount} records; ${vocabulary.split('\n').length - 1} words to suggest from.`;
    } finally {
      await abandon();
    }
  };
  return { finish, abandon };
}

/**
 * Indexes the built site in `site`: the records, then the reading pages (only what they mark with data-pagefind-body,
 * never the header, navigation or footer), each with the synonyms its text uses. Then writes the index's vocabulary
 * for "Did you mean…?". Says what it did.
 */
export async function indexSite(site: string, input: SearchInput): Promise<string> {
  return (await recordIndex(input)).finish(site);
}
