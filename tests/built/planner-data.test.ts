import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlaybook } from '../../src/lib/content/source';
import { distDir } from '../../harness/site-files';

const source = readPlaybook('content');
const stagesOf = new Map<string, string[]>();
for (const entry of source.entries.filter((candidate) => candidate.collection === 'stages')) {
  const track = (entry.data as { track: string }).track;
  stagesOf.set(track, [...(stagesOf.get(track) ?? []), entry.id]);
}
const served = source.wordtrackFiles.flatMap((file) =>
  (file.data as { wordtracks: { id: string; stages?: string[] }[] }).wordtracks.map((wordtrack) => ({ id: wordtrack.id, stages: [file.stage, ...(wordtrack.stages ?? [])] })),
);
const json = (path: string) => JSON.parse(readFileSync(join(distDir, path), 'utf8')) as unknown;

describe("the planner's data files", () => {
  it.each([...stagesOf.keys()])('give the picker every wordtrack that serves a stage of the %s track, and no other', (track) => {
    const file = json(`plan/wordtracks/${track}.json`) as { id: string; text: string; stages: string[] }[];
    const expected = served.filter((wordtrack) => wordtrack.stages.some((stage) => stagesOf.get(track)!.includes(stage))).map((wordtrack) => wordtrack.id);
    expect(file.map((wordtrack) => wordtrack.id).sort()).toEqual(expected.sort());
    expect(file.length).toBeLessThan(served.length);
    expect(file.every((wordtrack) => wordtrack.text.length > 0 && wordtrack.stages.length > 0)).toBe(true);
  });

  it('give the coach every rule of the content, in a file of its own', () => {
    const { rules } = json('plan/coach.json') as { rules: { id: string; kind: string }[] };
    expect(rules.map((rule) => rule.id).sort()).toEqual(source.entries.filter((entry) => entry.collection === 'coach').map((entry) => entry.id).sort());
    expect(rules.every((rule) => rule.kind.length > 0)).toBe(true);
    expect(json('plan/coach.json')).not.toHaveProperty('wordtracks');
  });
});
