/** Entries that belong to a track, such as follow-up situations and personas. */
interface OnTrack {
  data: { track: { id: string } };
}

/** The entries of each track, tracks in their reading order and entries in their author's order; empty tracks are left out. */
export function groupByTrack<T extends OnTrack, Track extends { id: string }>(tracks: readonly Track[], entries: readonly T[]): { track: Track; entries: T[] }[] {
  return tracks
    .map((track) => ({ track, entries: entries.filter((entry) => entry.data.track.id === track.id) }))
    .filter((group) => group.entries.length > 0);
}
