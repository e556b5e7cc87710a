import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentDir } from '../src/lib/content-dir.ts';
import { fragmentText, parseFragment } from '../src/lib/search/fragment.ts';
import { pageUrl } from '../src/lib/search/page-html.ts';
import { recordHtml } from '../src/lib/search/record.ts';
import { indexedPage, playbookSynonyms, searchRecords } from '../src/lib/search/records.ts';
import { encodeVocabulary, vocabularyPath, wordCounts } from '../src/lib/search/vocabulary.ts';
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

/**
 * Indexes the built site with Pagefind's Node API: the reading pages (only what they mark with data-pagefind-body,
 * never the header, navigation or footer), each with the synonyms its text uses, and every wordtrack and glossary
 * term as a record of its own (src/lib/search/records.ts). Then writes the index's vocabulary for "Did you mean…?".
 */
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
        const source = playbook.latest(resolve(root, contentDir), root);
        const synonyms = playbookSynonyms(source);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        fail('starting Pagefind', errors);
        if (!index) throw new Error('Search indexing failed: Pagefind returned no index');
        try {
          const pages = htmlFiles(site).map((file) => ({ url: pageUrl(relative(site, file)), html: readFileSync(file, 'utf8') }));
          const added = await Promise.all(pages.map((page) => index.addHTMLFile({ url: page.url, content: indexedPage(page.html, synonyms) })));
          added.forEach((result, at) => fail(`indexing the page ${pages[at]!.url}`, result.errors));
          const records = searchRecords(source);
          const recorded = await Promise.all(records.map((record) => index.addHTMLFile({ url: record.url, content: recordHtml(record) })));
          recorded.forEach((result, at) => fail(`adding the record ${records[at]!.url}`, result.errors));
          fail('writing the index', (await index.writeFiles({ outputPath: resolve(site, 'pagefind') })).errors);

          const { files, errors: readErrors } = await index.getFiles();
          fail('reading the index back', readErrors);
          const texts = files.filter((file) => file.path.endsWith('.pf_fragment')).map((file) => fragmentText(parseFragment(gunzipSync(file.content).toString('utf8'))));
          const vocabulary = encodeVocabulary(wordCounts(texts), (text) => gzipSync(text, { level: 9 }).length <= VOCABULARY_GZIP_LIMIT);
          writeFileSync(join(site, vocabularyPath), vocabulary);
          logger.info(`Indexed ${texts.length} pages and records, of them ${records.length} records; ${vocabulary.split('\n').length - 1} words to suggest from.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
