import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import type { BrowserContext } from 'playwright-core';
import { readPlaybook } from '../src/lib/content/source.ts';
import { libraryPageOfEach } from '../src/lib/library/source-pages.ts';

const list = z.array(z.string().min(1)).default([]);
const momentSchema = z.strictObject({
  query: z.string().trim().min(1),
  moment: z.string().trim().min(1),
  accept: z
    .strictObject({ wordtracks: list, plays: list, objections: list, pages: list })
    .refine((accept) => accept.wordtracks.length + accept.plays.length + accept.objections.length + accept.pages.length > 0, { error: 'at least one accepted result' }),
});
export type Moment = z.infer<typeof momentSchema> & { urls: string[] };

export const momentsFile = join(process.cwd(), 'tests', 'search', 'moments.yaml');

/** True when the built site has the page at `path` and, for `/page/#anchor`, an element with that id. */
function builtPageHas(dist: string, path: string): boolean {
  const [pathname = '', anchor] = path.split('#');
  const file = join(dist, pathname, 'index.html');
  return existsSync(file) && (!anchor || readFileSync(file, 'utf8').includes(`id="${anchor}"`));
}

/**
 * The evaluation set, each accepted result as the path and hash a result links to. An id the playbook does not have,
 * or a page the built site in `dist` does not have, fails here, so the set cannot drift away from the content and
 * pass by accepting nothing.
 */
export function loadMoments(dist: string, file = momentsFile): Moment[] {
  const parsed = z.array(momentSchema).min(1).parse(load(readFileSync(file, 'utf8')));
  const source = readPlaybook('content');
  const pageOf = libraryPageOfEach(source);
  const ids = (collection: string) => new Set(source.entries.filter((entry) => entry.collection === collection).map((entry) => entry.id));
  const known = { wordtracks: ids('wordtracks'), plays: ids('plays'), objections: ids('objections') };
  return parsed.map((moment) => {
    for (const field of ['wordtracks', 'plays', 'objections'] as const) {
      const unknown = moment.accept[field].filter((id) => !known[field].has(id));
      if (unknown.length > 0) throw new Error(`${file}: "${moment.query}" accepts ${field} that do not exist: ${unknown.join(', ')}`);
    }
    const missing = moment.accept.pages.filter((path) => !builtPageHas(dist, path));
    if (missing.length > 0) throw new Error(`${file}: "${moment.query}" accepts pages the built site does not have: ${missing.join(', ')}`);
    const urls = [
      ...moment.accept.wordtracks.map((id) => `${pageOf.get(id)}#${id}`),
      ...moment.accept.plays.map((slug) => `/plays/${slug}/`),
      ...moment.accept.objections.map((id) => `/objections/#${id}`),
      ...moment.accept.pages,
    ];
    return { ...moment, urls };
  });
}

export interface MomentOutcome {
  query: string;
  /** Where the first accepted result came, from 1; undefined when none was among the results. */
  rank: number | undefined;
  /** The first results, as path and hash. */
  top: string[];
  resultCount: number;
}

/** A result link as path and hash: the highlight parameters a link carries do not change where it leads. */
const target = (href: string) => {
  const url = new URL(href);
  return url.pathname + url.hash;
};

/** Runs one query on the search page as a rep would, from its `?q=` link in a tab of its own, and reads the ranked results. */
async function runMoment(context: BrowserContext, origin: string, moment: Moment): Promise<MomentOutcome> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(moment.query)}`);
    // The count line answers once the results for this query are on the page.
    await page.locator('[data-count]').filter({ hasText: /\bresults?\b/i }).waitFor();
    const hrefs = await page.locator('[data-results] a.search-result__link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const top = hrefs.map(target);
    const index = top.findIndex((url) => moment.urls.includes(url));
    return { query: moment.query, rank: index === -1 ? undefined : index + 1, top: top.slice(0, 5), resultCount: top.length };
  } finally {
    await page.close();
  }
}

/** How many times a query is tried before the evaluation gives up on it. */
const TRIES = 3;

/**
 * Runs every query, each in a fresh tab: a run in one tab for all sixty once ended with that tab closed under it
 * ("Target page, context or browser has been closed"), losing the rest. A query whose tab fails is tried again in a
 * context `openContext` makes afresh, since a tab that will not open ("Failed to open a new tab") means the context
 * or the browser behind it has given out; a third failure names the query.
 */
export async function runMoments(openContext: () => Promise<BrowserContext>, origin: string, moments: Moment[]): Promise<MomentOutcome[]> {
  const outcomes: MomentOutcome[] = [];
  let context = await openContext();
  try {
    for (const moment of moments) {
      for (let tried = 1; ; tried++) {
        const outcome = await runMoment(context, origin, moment).catch((error: Error) => error);
        if (!(outcome instanceof Error)) {
          outcomes.push(outcome);
          break;
        }
        if (tried === TRIES) throw new Error(`The query “${moment.query}” got no answer on the search page in ${TRIES} tries: ${outcome.message.split('\n')[0]}`);
        await context.close().catch(() => undefined);
        context = await openContext();
      }
    }
  } finally {
    await context.close().catch(() => undefined);
  }
  return outcomes;
}

export interface Evaluation {
  outcomes: MomentOutcome[];
  hitAt1: number;
  hitAt3: number;
  meanReciprocalRank: number;
  misses: MomentOutcome[];
  empty: MomentOutcome[];
}

/** hit@1, hit@3 and the mean reciprocal rank (1/rank of the first accepted result, 0 when there is none). */
export function summarize(outcomes: MomentOutcome[]): Evaluation {
  const share = (test: (outcome: MomentOutcome) => boolean) => outcomes.filter(test).length / outcomes.length;
  return {
    outcomes,
    hitAt1: share((outcome) => outcome.rank === 1),
    hitAt3: share((outcome) => outcome.rank !== undefined && outcome.rank <= 3),
    meanReciprocalRank: outcomes.reduce((sum, outcome) => sum + (outcome.rank ? 1 / outcome.rank : 0), 0) / outcomes.length,
    misses: outcomes.filter((outcome) => outcome.rank === undefined || outcome.rank > 3),
    empty: outcomes.filter((outcome) => outcome.resultCount === 0),
  };
}

/** The evaluation as `npm run search:eval` prints it. */
export function report(evaluation: Evaluation): string {
  const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
  const lines = [
    `${evaluation.outcomes.length} queries: hit@1 ${percent(evaluation.hitAt1)}, hit@3 ${percent(evaluation.hitAt3)}, mean reciprocal rank ${evaluation.meanReciprocalRank.toFixed(2)}`,
    `${evaluation.empty.length} found nothing`,
  ];
  if (evaluation.misses.length > 0) lines.push('', 'Misses (not in the first three):');
  for (const miss of evaluation.misses) {
    const where = miss.rank ? `at ${miss.rank}` : miss.resultCount === 0 ? 'no results' : 'not found';
    lines.push(`  “${miss.query}” (${where}); first: ${miss.top.slice(0, 3).join(', ') || '–'}`);
  }
  return lines.join('\n');
}
