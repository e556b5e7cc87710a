import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentDir } from '../src/lib/content-dir.ts';
import { wordtrackRecords } from '../src/lib/search-records.ts';
import { objectionRecords } from '../src/lib/search/objection-records.ts';
import type { PlaybookRead } from './playbook-read.ts';

function fail(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Search indexing failed while ${step}:\n${errors.map((error) => `  ${error}`).join('\n')}`);
}

/**
 * Indexes the built site with Pagefind's Node API: the reading pages (only what they mark with
 * data-pagefind-body, never the header, navigation or footer) and every wordtrack as its own record.
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
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        fail('starting Pagefind', errors);
        if (!index) throw new Error('Search indexing failed: Pagefind returned no index');
        try {
          const pages = await index.addDirectory({ path: site });
          fail('indexing the pages', pages.errors);
          const records = [wordtrackRecords, objectionRecords].flatMap((build) => build(playbook.latest(resolve(root, contentDir), root)));
          const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
          added.forEach((result, at) => fail(`adding wordtrack ${records[at]!.url}`, result.errors));
          fail('writing the index', (await index.writeFiles({ outputPath: resolve(site, 'pagefind') })).errors);
          logger.info(`Indexed ${pages.page_count} pages and ${records.length} wordtracks.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
