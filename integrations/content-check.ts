import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { STALE_AFTER_DAYS } from '../src/lib/content/review-age.ts';
import { AuthorError, listing } from './author-error.ts';
import { CONTENT_VERDICT } from './after-astro.ts';
import type { ContentVerdict } from './content-verdict.ts';
import type { PlaybookRead } from './playbook-read.ts';

/** Editors save a file in several writes; one check after the last is enough. */
const RECHECK_AFTER_MS = 150;

/** Reading and checking 1,000 stages takes seconds; a verdict that has not come in this long never will. */
const VERDICT_WAIT_MS = 300_000;

/**
 * The verdict `npm run build` (scripts/build.ts) wrote on the playbook it read and checked while Astro started, on
 * the other core: the check in Astro only waits for it, and Astro never holds the playbook as read.
 */
async function handedOverVerdict(file: string): Promise<ContentVerdict> {
  for (const deadline = Date.now() + VERDICT_WAIT_MS; !existsSync(file); await sleep(20)) {
    if (Date.now() > deadline) throw new Error(`The content check's verdict never came (${file}); build with npm run build, or astro build alone.`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as ContentVerdict;
}

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

  /** Logs what a check found, and returns the number of errors. */
  const report = (logger: AstroIntegrationLogger, command: string, { errors, warnings, stale }: ContentVerdict): number => {
    if (warnings.length > 0) logger.warn(listing(`${warnings.length} content ${warnings.length === 1 ? 'warning' : 'warnings'}; the build goes on:`, warnings));
    // The problems come last, right above whatever Astro prints when the build stops.
    if (errors.length > 0) {
      const problems = errors.length === 1 ? 'this content problem' : `these ${errors.length} content problems`;
      logger.error(listing(`Fix ${problems}${command === 'dev' ? '; the check runs again when you save' : ', then build again'}:`, errors));
      return errors.length;
    }
    if (stale.count > 0) logger.warn(listing(`${stale.count} content files not reviewed in the last ${STALE_AFTER_DAYS} days (npm run content:report lists them all):`, stale.shown));
    return 0;
  };
  /**
   * Reads and checks the playbook here, and logs what it found. The validators load only now: in `npm run build`
   * the verdict comes ready, and loading them with the config held up Astro's start.
   */
  const check = async (logger: AstroIntegrationLogger, command: string, staleReport: boolean): Promise<number> => {
    const [{ contentVerdict }, source] = await Promise.all([import('./content-verdict.ts'), playbook.fresh(folder(), root)]);
    return report(logger, command, contentVerdict(source, new Date(), staleReport));
  };

  return {
    name: 'attune:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const settle = (errors: number) => {
          failing = errors > 0;
          if (failing && command === 'build') {
            throw new AuthorError(`The build stopped on ${errors} content ${errors === 1 ? 'problem' : 'problems'}, listed above.`);
          }
        };
        const handedOver = command === 'build' ? process.env[CONTENT_VERDICT] : undefined;
        settle(handedOver ? report(logger, command, await handedOverVerdict(handedOver)) : await check(logger, command, true));
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(folder());
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(folder())) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            check(logger, 'dev', false).then(
              (errors) => {
                if (errors === 0 && failing) logger.info('The content check passes again.');
                failing = errors > 0;
              },
              // The dev server stays up; the next save checks again.
              (error: Error) => logger.error(`The content check could not read the playbook: ${error.message}`),
            );
          }, RECHECK_AFTER_MS);
        });
      },
    },
  };
}
