import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-test';
import { distDir } from '../../harness/site-files';
import { loadMoments, report, runMoments, summarize } from '../../harness/search-moments';

const site = useSite();
const moments = loadMoments(distDir);

describe('the search evaluation: queries in reps’ own words (tests/search/moments.yaml)', () => {
  it('covers at least 40 moments of both tracks', () => {
    expect(moments.length).toBeGreaterThanOrEqual(40);
    const urls = moments.flatMap((moment) => moment.urls);
    for (const pattern of [/^\/wordtracks\/showroom\/(\d+\/)?#fin-/, /^\/wordtracks\/consultative\/(\d+\/)?#cm-/, /^\/plays\//, /^\/glossary\/#/]) expect(urls.some((url) => pattern.test(url)), String(pattern)).toBe(true);
  });

  it(
    'puts an accepted result in the first three for at least 90% of them, and finds something for every one',
    async () => {
      const outcomes = await runMoments(() => site.newContext(), site.origin, moments);
      const evaluation = summarize(outcomes);
      expect(evaluation.empty.map((outcome) => outcome.query), report(evaluation)).toEqual([]);
      expect(evaluation.hitAt3, report(evaluation)).toBeGreaterThanOrEqual(0.9);
    },
    300_000,
  );
});
