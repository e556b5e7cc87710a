import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, IntegrationResolvedRoute } from 'astro';
import { contentDir } from '../src/lib/content/content-dir.ts';
import type { CollectionName } from '../src/lib/content/source.ts';
import { readBuiltPages } from '../src/lib/content/built-pages.ts';
import { deadLinks } from '../src/lib/content/site-links.ts';
import { LIBRARY_BASE } from '../src/lib/library/routes.ts';
import { AuthorError, listing } from './author-error.ts';
import type { PlaybookRead } from './playbook-read.ts';

/** Every wordtrack id the library's lookup files in `folder` know (src/pages/wordtracks/ids-[file].json.ts). */
function lookedUpIds(folder: string): Set<string> {
  const tables = readdirSync(folder).filter((name) => /^ids-\d+\.json$/.test(name));
  return new Set(tables.flatMap((name) => Object.keys(JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, string>)));
}

/**
 * After the build, follows every internal link and `#anchor` of every built page, and stops the build on one that
 * leads nowhere, naming the MDX file and line that wrote it, or the route of the template that made it.
 */
export default function linkCheck(playbook: PlaybookRead): AstroIntegration {
  let root = '';
  let routes: IntegrationResolvedRoute[] = [];
  return {
    name: 'attune:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:routes:resolved': (options) => {
        routes = options.routes;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = readBuiltPages(site);
        const isFile = (path: string) => existsSync(join(site, path)) && statSync(join(site, path)).isFile();
        // An author's /wordtracks/#<id> link still works: the library's index looks it up in the built tables.
        const dead = deadLinks(pages, isFile, new Map([[LIBRARY_BASE, lookedUpIds(join(site, LIBRARY_BASE))]]));
        if (dead.length === 0) {
          logger.info(`Followed the links of ${pages.length} pages: none leads nowhere.`);
          return;
        }
        const routeOf = (page: string) => routes.find((route) => route.patternRegex.test(page) || route.patternRegex.test(page.replace(/\/$/, '')))?.entrypoint ?? `the page ${page}`;
        // What names a link's source loads only for a dead link: the validators' kinds of entry pull in every schema.
        const [{ contentLinkSources, deadLinkMessages }, { entryKind }, source] = await Promise.all([
          import('../src/lib/content/dead-link-report.ts'),
          import('../src/lib/content/validate.ts'),
          playbook.latest(resolve(root, contentDir), root),
        ]);
        const fromContent = contentLinkSources(source, (collection) => entryKind[collection as CollectionName]);
        const lines = deadLinkMessages(dead, fromContent, routeOf);
        logger.error(listing(`Fix ${lines.length === 1 ? 'this dead link' : `these ${lines.length} dead links`}, then build again:`, lines));
        throw new AuthorError(`The build stopped on ${lines.length} dead ${lines.length === 1 ? 'link' : 'links'}, listed above.`);
      },
    },
  };
}
