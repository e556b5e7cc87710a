import type { PickableWordtrack } from './options.ts';

/**
 * The wordtracks the planner's picker offers, one file per track (src/pages/plan/wordtracks/[track].json.ts): once
 * a plan names its track the picker fetches that track's, a few kB at any size of library. One file per track
 * rather than per stage, so that choosing another stage of the same track fetches nothing, and words typed in the
 * picker find any line of the track.
 */
export const trackWordtracksUrl = (track: string) => `/plan/wordtracks/${encodeURIComponent(track)}.json`;

const fetched = new Map<string, Promise<PickableWordtrack[] | null>>();

/**
 * `track`'s pickable wordtracks, or null when they cannot load. Fetched once per track and page; a failure is
 * forgotten, so choosing the track again tries again.
 */
export function fetchTrackWordtracks(track: string): Promise<PickableWordtrack[] | null> {
  let loading = fetched.get(track);
  if (!loading) {
    loading = fetch(trackWordtracksUrl(track))
      .then((response) => (response.ok ? (response.json() as Promise<PickableWordtrack[]>) : null))
      .catch(() => null);
    fetched.set(track, loading);
    void loading.then((wordtracks) => wordtracks ?? fetched.delete(track));
  }
  return loading;
}
