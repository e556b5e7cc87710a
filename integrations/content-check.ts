import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../src/lib/content-dir.ts';
import { formatIssue } from '../src/lib/content-issues.ts';
import { validatePlaybook } from '../src/lib/content-validate.ts';
import { formatReviewLine, reviewRecords, staleRecords, STALE_AFTER_DAYS } from '../src/lib/freshness.ts';
import type { PlaybookRead } from './playbook-read.ts';

/** Shown in the build's warning; `npm run content:report` prints them all. */
const STALE_SHOWN = 5;

/** The whole playbook in one message: every problem at once, so an author fixes a batch per build, not one. */
export class ContentError extends Error {
  constructor(lines: string[]) {
    super(`The playbook has ${lines.length} content ${lines.length === 1 ? 'error' : 'errors'}:\n${lines.map((line) => `  ${line}`).join('\n')}`);
    this.name = 'ContentError';
    // The message says where the problem is; a stack trace into this integration would only hide it.
    this.stack = '';
  }
}

/**
 * Checks every content file before Astro loads the collections, so a bad entry stops the build with a message that
 * names the file, the entry, the field, the value and what was expected; then warns about stale entries.
 */
export default function contentCheck(playbook: PlaybookRead): AstroIntegration {
  return {
    name: 'attune:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const source = playbook.fresh(resolve(root, contentDir), root);
        const problems = validatePlaybook(source).map(formatIssue);
        if (problems.length > 0) {
          const error = new ContentError(problems);
          if (command === 'build') throw error;
          logger.error(error.message);
        }
        const today = new Date();
        const stale = staleRecords(reviewRecords(source), today);
        if (stale.length > 0) {
          const shown = stale.slice(0, STALE_SHOWN).map((record) => `  ${formatReviewLine(record, today)}`);
          const more = stale.length > STALE_SHOWN ? `\n  …and ${stale.length - STALE_SHOWN} more` : '';
          logger.warn(`${stale.length} content files not reviewed in the last ${STALE_AFTER_DAYS} days (npm run content:report lists them all):\n${shown.join('\n')}${more}`);
        }
      },
    },
  };
}
