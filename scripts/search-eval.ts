// `npm run search:eval`: runs every query of tests/search/moments.yaml on the built site in Chromium, as a rep would,
// and prints hit@1, hit@3, the mean reciprocal rank and every miss. Builds the site first when dist/ is stale.
import buildWhenStale from '../harness/fresh-build.ts';
import { launchBrowser } from '../harness/browser.ts';
import { serveStatic } from '../harness/server.ts';
import { distDir } from '../harness/site-files.ts';
import { loadMoments, report, runMoment, summarize, type MomentOutcome } from '../harness/search-moments.ts';

/** The share of queries that must find an accepted result in the first three (issue 11). */
const HIT_AT_3_BAR = 0.9;

buildWhenStale();
const moments = loadMoments(distDir);
const server = await serveStatic(distDir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const outcomes: MomentOutcome[] = [];
  for (const moment of moments) outcomes.push(await runMoment(page, server.origin, moment));
  const evaluation = summarize(outcomes);
  console.log(report(evaluation));
  process.exitCode = evaluation.hitAt3 >= HIT_AT_3_BAR && evaluation.empty.length === 0 ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
