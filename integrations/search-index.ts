import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { fragmentText, parseFragment } from '../src/lib/search/fragment.ts';
import { pageUrl } from '../src/lib/search/page-html.ts';
import { recordHtml, type SearchRecord } from '../src/lib/search/record.ts';
import { indexedPage, playbookSynonyms, searchRecords } from '../src/lib/search/records.ts';
import type { SynonymIndex } from '../src/lib/search/synonyms.ts';
import { encodeVocabulary, vocabularyPath, wordCounts } from '../src/lib/search/vocabulary.ts';
import type { PlaybookSource } from '../src/lib/content/source.ts';
import { leftToBuildScript } from './after-astro.ts';
import type { PlaybookRead } from './playbook-read.ts';

/** The vocabulary's budget (issue 11): it loads with every first search. */
const VOCABULARY_GZIP_LIMIT = 10_000;

function fail(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Search indexing failed while ${step}:\n${errors.map((error) => `  ${error}`).join('\n')}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** What the index needs of the playbook: every record besides the pages, and the synonym groups to add to pages. */
export interface SearchInput {
  records: SearchRecord[];
  synonyms: SynonymIndex;
}

/** The search input of the playbook as read: plain data, so that it can be made in a worker and handed over. */
export function searchInput(source: PlaybookSource): SearchInput {
  return { records: searchRecords(source), synonyms: playbookSynonyms(source) };
}

/**
 * Indexes the built site in `site` with Pagefind's Node API: the reading pages (only what they mark with
 * data-pagefind-body, never the header, navigation or footer), each with the synonyms its text uses, and every
 * wordtrack, objection and glossary term as a record of its own (src/lib/search/records.ts). Then writes the index's
 * vocabulary for "Did you mean…?". Says what it did.
 */
export async function indexSite(site: string, { records, synonyms }: SearchInput): Promise<string> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  fail('starting Pagefind', errors);
  if (!index) throw new Error('Search indexing failed: Pagefind returned no index');
  try {
    const pages = htmlFiles(site).map((file) => ({ url: pageUrl(relative(site, file)), html: readFileSync(file, 'utf8') }));
    const added = await Promise.all(pages.map((page) => index.addHTMLFile({ url: page.url, content: indexedPage(page.html, synonyms) })));
    added.forEach((result, at) => fail(`indexing the page ${pages[at]!.url}`, result.errors));
    const recorded = await Promise.all(records.map((record) => index.addHTMLFile({ url: record.url, content: recordHtml(record) })));
    recorded.forEach((result, at) => fail(`adding the record ${records[at]!.url}`, result.errors));
    const output = resolve(site, 'pagefind');
    fail('writing the index', (await index.writeFiles({ outputPath: output })).errors);

    // The fragments as written, read from disk: Pagefind's getFiles() would send every file of the index back over
    // its pipe, the word index and the WebAssembly too, which took longer than writing them.
    const fragments = join(output, 'fragment');
    const texts = readdirSync(fragments)
      .filter((name) => name.endsWith('.pf_fragment'))
      .map((name) => fragmentText(parseFragment(gunzipSync(readFileSync(join(fragments, name))).toString('utf8'))));
    const vocabulary = encodeVocabulary(wordCounts(texts), (text) => gzipSync(text, { level: 9 }).length <= VOCABULARY_GZIP_LIMIT);
    writeFileSync(join(site, vocabularyPath), vocabulary);
    return `Indexed ${texts.length} pages and records, of them ${records.length} records; ${vocabulary.split('\n').length - 1} words to suggest from.`;
  } finally {
    await pagefind.close();
  }
}

/** Indexes the built site in Astro's build hook, unless `npm run build` does it once Astro has exited. */
export default function searchIndex(playbook: PlaybookRead): AstroIntegration {
  let root = '';
  return {
    name: 'attune:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (leftToBuildScript(site)) return;
        logger.info(await indexSite(site, searchInput(playbook.latest(resolve(root, contentDir), root))));
      },
    },
  };
}
