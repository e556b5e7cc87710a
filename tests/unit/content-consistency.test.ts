import { describe, expect, it } from 'vitest';
import { readPlaybook } from '../../src/lib/content/source';

// Rules that hold across files (issue 18): a rep trusts a phase badge only if it agrees with the stage it sits in.
const source = readPlaybook('content');
interface Stage { track: string; phase: number; next?: string }
interface Wordtrack { id: string; text: string; intent: string; phase: number; phaseReason?: string }
const stages = new Map(source.entries.filter((entry) => entry.collection === 'stages').map((entry) => [entry.id, entry.data as Stage]));
const wordtracks = source.wordtrackFiles.flatMap((file) =>
  (file.data as { wordtracks: Wordtrack[] }).wordtracks.map((wordtrack) => ({ ...wordtrack, stage: file.stage, track: stages.get(file.stage)?.track })),
);

describe('wordtrack phases', () => {
  it("every wordtrack's phase is its stage's typical phase, or it says why not (phaseReason)", () => {
    const unexplained = wordtracks
      .filter((wordtrack) => wordtrack.phase !== stages.get(wordtrack.stage)!.phase && !wordtrack.phaseReason)
      .map((wordtrack) => `${wordtrack.id}: phase ${wordtrack.phase}, but ${wordtrack.stage} is phase ${stages.get(wordtrack.stage)!.phase}`);
    expect(unexplained).toEqual([]);
  });

  it('a phaseReason is only given where the phase differs', () => {
    const needless = wordtracks.filter((wordtrack) => wordtrack.phaseReason && wordtrack.phase === stages.get(wordtrack.stage)!.phase);
    expect(needless.map((wordtrack) => wordtrack.id)).toEqual([]);
  });
});

describe('the consultative track', () => {
  const consultative = wordtracks.filter((wordtrack) => wordtrack.track === 'consultative');

  it('gives reps placeholders, not an example’s figures: any number in a line sits in [square brackets]', () => {
    const withFigures = consultative.filter((wordtrack) => /\d/.test(wordtrack.text.replace(/\[[^\]]*\]/g, '')));
    expect(withFigures.map((wordtrack) => `${wordtrack.id}: ${wordtrack.text}`)).toEqual([]);
  });
});
