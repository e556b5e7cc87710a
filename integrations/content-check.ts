import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDir } from '../src/lib/content-dir.ts';
import { formatIssue } from '../src/lib/content-issues.ts';
import { playbookWarnings, validatePlaybook } from '../src/lib/content-validate.ts';
import { formatReviewLine, reviewRecords, staleRecords, STALE_AFTER_DAYS } from '../src/lib/freshness.ts';
import { AuthorError, listing } from './author-error.ts';
import type { PlaybookRead } from './playbook-read.ts';

/** Shown in the build's warning; `npm run content:report` prints them all. */
const STALE_SHOWN = 5;
/** Editors save a file in several writes; one check after the last is enough. */
const RECHECK_AFTER_MS = 150;

/**
 * Checks every content file before Astro loads the collections, so a bad entry stops the build with one message per
 * mistake naming the file and line, the entry, the field, the value and what was expected; then warns about review
 * dates still to come, stages no other stage leads to, and stale entries. `npm run dev` checks again on every save.
 */
export default function contentCheck(playbook: PlaybookRead): AstroIntegration {
  let root = '';
  /** Whether the last check found errors, so that `npm run dev` can say when they are fixed. */
  let failing = false;
  const folder = () => resolve(root, contentDir);

  /** Reads and checks the playbook, logs what it found, and returns the number of errors. */
  const check = (logger: AstroIntegrationLogger, command: string, staleReport: boolean): number => {
    const source = playbook.fresh(folder(), root);
    const today = new Date();
    const errors = validatePlaybook(source).map(formatIssue);
    const warnings = playbookWarnings(source, today).map(formatIssue);
    if (warnings.length > 0) logger.warn(listing(`${warnings.length} content ${warnings.length === 1 ? 'warning' : 'warnings'}; the build goes on:`, warnings));
    // The problems come last, right above whatever Astro prints when the build stops.
    if (errors.length > 0) {
      const problems = errors.length === 1 ? 'this content problem' : `these ${errors.length} content problems`;
      logger.error(listing(`Fix ${problems}${command === 'dev' ? '; the check runs again when you save' : ', then build again'}:`, errors));
      return errors.length;
    }
    const stale = staleReport ? staleRecords(reviewRecords(source), today) : [];
    if (stale.length > 0) {
      const shown = stale.slice(0, STALE_SHOWN).map((record) => formatReviewLine(record, today));
      if (stale.length > STALE_SHOWN) shown.push(`…and ${stale.length - STALE_SHOWN} more`);
      logger.warn(listing(`${stale.length} content files not reviewed in the last ${STALE_AFTER_DAYS} days (npm run content:report lists them all):`, shown));
    }
    return 0;
  };

  return {
    name: 'attune:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const errors = check(logger, command, true);
        failing = errors > 0;
        if (failing && command === 'build') {
          throw new AuthorError(`The build stopped on ${errors} content ${errors === 1 ? 'problem' : 'problems'}, listed above.`);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(folder());
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(folder())) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const errors = check(logger, 'dev', false);
            if (errors === 0 && failing) logger.info('The content check passes again.');
            failing = errors > 0;
          }, RECHECK_AFTER_MS);
        });
      },
    },
  };
}
