import { useEffect, useState } from 'preact/hooks';
import type { PickableWordtrack } from '../../lib/planner/options';
import { fetchTrackWordtracks } from '../../lib/planner/track-wordtracks';

export type TrackWordtracks = { state: 'no-track' | 'loading' | 'failed' } | { state: 'ready'; wordtracks: PickableWordtrack[] };

/** The wordtracks the picker may offer for the plan's track, fetched when the track is chosen. */
export function useTrackWordtracks(track: string): TrackWordtracks {
  const [loaded, setLoaded] = useState<{ track: string; wordtracks: PickableWordtrack[] | null } | null>(null);
  useEffect(() => {
    if (!track) return;
    // A slow answer for a track the rep has since left must not replace the newer one.
    let current = true;
    void fetchTrackWordtracks(track).then((wordtracks) => current && setLoaded({ track, wordtracks }));
    return () => {
      current = false;
    };
  }, [track]);
  if (!track) return { state: 'no-track' };
  if (loaded?.track !== track) return { state: 'loading' };
  return loaded.wordtracks ? { state: 'ready', wordtracks: loaded.wordtracks } : { state: 'failed' };
}
