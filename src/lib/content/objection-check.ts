import type { ContentIssue } from './issues.ts';

/** An objection that passed its schema, with its links as `{ id }`. */
export interface CheckedObjection {
  file: string;
  id: string;
  value: Record<string, unknown>;
}

type Link = { id: string };

/**
 * Each response written for a track belongs to one of the objection's tracks, and each of those tracks has a response
 * its reps can use. Skipped while a track id is unknown: that typo is already reported, with the id meant.
 */
export function objectionTrackIssues(objections: readonly CheckedObjection[], knownTracks: ReadonlySet<string>): ContentIssue[] {
  return objections.flatMap(({ file, id, value }) => {
    const tracks = (value.tracks as Link[]).map((track) => track.id);
    if (!tracks.every((track) => knownTracks.has(track))) return [];
    const responses = value.responses as { track?: Link }[];
    const where = { file, kind: 'objection', id };
    const strays = responses.flatMap((response, index) =>
      response.track && !tracks.includes(response.track.id)
        ? [{ ...where, field: `responses[${index}].track`, value: response.track.id, expected: `one of the objection's tracks (${tracks.join(', ')})` }]
        : [],
    );
    const unanswered = tracks
      .filter((track) => !responses.some((response) => !response.track || response.track.id === track))
      .map((track) => ({ ...where, field: 'responses', value: responses, expected: `a response a rep on the ${track} track can use (one for that track, or one with no track)` }));
    return [...strays, ...unanswered];
  });
}
