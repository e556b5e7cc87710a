import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchTrackWordtracks, trackWordtracksUrl } from '../../src/lib/planner/track-wordtracks';

const wordtrack = { id: 'td-open-1', text: 'Take the road you drive every day.', phase: 2, intent: 'open', stages: ['test-drive'] };
const answer = (status: number, body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status }));

/** Stubs fetch with `respond`, recording each address asked for. */
function stubFetch(respond: (url: string) => Promise<Response>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    return respond(url);
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the planner's wordtracks, one track at a time", () => {
  it("fetches a track's wordtracks once, however often the picker asks", async () => {
    const asked = stubFetch(() => answer(200, [wordtrack]));
    const [first, second] = await Promise.all([fetchTrackWordtracks('showroom'), fetchTrackWordtracks('showroom')]);
    expect(first).toEqual([wordtrack]);
    expect(second).toBe(first);
    expect(await fetchTrackWordtracks('showroom')).toBe(first);
    expect(asked).toEqual(['/plan/wordtracks/showroom.json']);
  });

  it('gives nothing, without throwing, when the server or the network fails', async () => {
    stubFetch(() => answer(503, 'unavailable'));
    expect(await fetchTrackWordtracks('fleet')).toBeNull();
    stubFetch(() => Promise.reject(new TypeError('offline')));
    expect(await fetchTrackWordtracks('fleet')).toBeNull();
  });

  it('forgets a failed fetch, so asking again tries again', async () => {
    let up = false;
    const asked = stubFetch(() => (up ? answer(200, [wordtrack]) : answer(503, 'unavailable')));
    expect(await fetchTrackWordtracks('consultative')).toBeNull();
    up = true;
    expect(await fetchTrackWordtracks('consultative')).toEqual([wordtrack]);
    expect(asked).toHaveLength(2);
  });

  it('keeps a track id inside its own file name', () => {
    expect(trackWordtracksUrl('a/b?c')).toBe('/plan/wordtracks/a%2Fb%3Fc.json');
  });
});
