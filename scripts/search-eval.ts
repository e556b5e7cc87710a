// `npm run search:eval`: runs every query of tests/search/moments.yaml on the built site in Chromium, as a rep would,
// and prints hit@1, hit@3, the mean reciprocal rank and every miss. Builds the site first when dist/ is stale.
import buildWhenStale from '../harness/fresh-build.ts';
import { launchBrowser } from '../harness/browser.ts';
import { serveStatic } from '../harness/server.ts';
import { distDir } from '../harness/site-files.ts';
import { loadMoments, report, runMoments, summarize } from '../harness/search-moments.ts';

/** The share of queries that must find an accepted result in the first three (issue 11). */
const HIT_AT_3_BAR = 0.9;

/**
 * How long one query may take to load and answer. Playwright's 30 s default is short for a machine busy with a build
 * or a test run beside the evaluation: the evaluation waits for the answer, it does not time it.
 */
const ANSWER_WAIT = 180_000;

/**
 * The browser contexts the queries run in: the first from the browser launched here, each later one (asked for after
 * a query failed) from a browser launched anew, as the old one may be what failed.
 */
async function contexts() {
  let browser = await launchBrowser();
  let first = true;
  return {
    async open() {
      if (!first) {
        await browser.close().catch(() => undefined);
        browser = await launchBrowser();
      }
      first = false;
      const context = await browser.newContext();
      context.setDefaultTimeout(ANSWER_WAIT);
      return context;
    },
    close: () => browser.close().catch(() => undefined),
  };
}

async function evaluate(): Promise<number> {
  buildWhenStale();
  const moments = loadMoments(distDir);
  // The browser first, so that a missing Chromium stops the evaluation before a server is listening.
  const browsers = await contexts();
  try {
    const server = await serveStatic(distDir);
    try {
      const evaluation = summarize(await runMoments(browsers.open, server.origin, moments));
      console.log(report(evaluation));
      return evaluation.hitAt3 >= HIT_AT_3_BAR && evaluation.empty.length === 0 ? 0 : 1;
    } finally {
      await server.close();
    }
  } finally {
    await browsers.close();
  }
}

try {
  process.exitCode = await evaluate();
} catch (error) {
  // One line that says what failed; Node's dump of the error object would bury it.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
