import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dump } from 'js-yaml';
import { copyInstruments } from './instruments.ts';
import { commonWord, Prose } from './prose.ts';
import { Random } from './random.ts';

/** The real playbook's proportions: 17 stages, 7 foundations, 9 plays and 39 glossary terms. */
const REAL_STAGES = 17;
const PER_STAGE = { foundations: 7 / REAL_STAGES, plays: 9 / REAL_STAGES, glossary: 39 / REAL_STAGES };
/** Stages per track, about as many as the real tracks have. */
const TRACK_LENGTH = 10;
/** The real playbook averages 7.6 wordtracks per stage: seven, or eight for about two stages in three. */
const EIGHTH_WORDTRACK = 0.65;

/** Before the staleness cut-off for a while yet; the build's stale warning only adds a log line if it passes. */
const fresh = { owner: 'Sales enablement', reviewed: '2026-10-01' };

export interface GeneratedPlaybook {
  dir: string;
  stages: number;
  tracks: number;
  wordtracks: number;
  foundations: number;
  plays: number;
  glossary: number;
  /** How many wordtracks contain `commonWord`, the word the first-search measurement looks for. */
  wordtracksWithCommonWord: number;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const yaml = (value: unknown) => dump(value, { lineWidth: -1 });
const mdx = (frontmatter: object, body: string) => `---\n${yaml(frontmatter)}---\n\n${body}\n`;
const id = (prefix: string, index: number) => `${prefix}-${String(index + 1).padStart(4, '0')}`;

/**
 * Writes a complete, valid playbook of `stageCount` stages into `dir` (emptied first), the same for a given seed. Tracks,
 * wordtracks, foundations, plays and glossary terms grow with the stages in the real playbook's proportions. The
 * self-check, the coach's rules and the synonyms are copied from `realContent`: they are fixed-size instruments that
 * do not grow with the playbook; so are the follow-ups, personas and objections, copied onto the generated tracks
 * (bench/instruments.ts). Bodies use no MDX components, so the baseline site can build the very same files.
 */
export function generatePlaybook(dir: string, stageCount: number, seed: number, realContent: string): GeneratedPlaybook {
  const random = new Random(seed);
  const prose = new Prose(random);
  rmSync(dir, { recursive: true, force: true });

  const trackCount = Math.max(1, Math.round(stageCount / TRACK_LENGTH));
  const tracks = Array.from({ length: trackCount }, (_, index) => ({ id: id('track', index), title: `The ${prose.words(2)} sale`, order: index + 1 }));
  write(join(dir, 'tracks.yaml'), yaml(tracks.map((track) => ({ id: track.id, title: track.title, summary: prose.sentence(), order: track.order, audience: prose.sentence() }))));

  // Stages are dealt to tracks in consecutive runs, so each track is a chain of about TRACK_LENGTH stages.
  const stages = Array.from({ length: stageCount }, (_, index) => ({ id: id('stage', index), track: tracks[Math.floor((index * trackCount) / stageCount)]!.id }));
  const wordtrackIds: string[] = [];
  let wordtracksWithCommonWord = 0;
  for (const track of tracks) {
    const chain = stages.filter((stage) => stage.track === track.id);
    chain.forEach((stage, position) => {
      const next = chain[position + 1];
      // Buyers move from phase 1 to 3 along a track, as in the real tracks.
      const phase = 1 + Math.floor((3 * position) / chain.length);
      write(
        join(dir, 'stages', track.id, `${stage.id}.mdx`),
        mdx(
          {
            title: `The ${prose.words(2)}`,
            track: track.id,
            order: position + 1,
            summary: prose.sentences(1, 2),
            phase,
            goal: prose.sentence(),
            backstage: Array.from({ length: random.int(5, 7) }, () => prose.sentence()),
            moves: Array.from({ length: random.int(3, 5) }, () => ({ title: prose.title(), detail: prose.sentences(1, 3) })),
            transition: prose.sentences(2, 4),
            ...(next ? { next: next.id } : {}),
            mistakes: Array.from({ length: random.int(3, 4) }, () => ({ mistake: prose.sentence(), instead: prose.sentence() })),
            ...fresh,
          },
          prose.body(4),
        ),
      );

      // Every stage but a track's last has a transition wordtrack that also serves the next stage, as authors write them.
      const intents = ['open', 'discover', 'deepen', 'confirm', 'concern', 'commit', next ? 'transition' : 'referral'];
      if (random.chance(EIGHTH_WORDTRACK)) intents.splice(2, 0, 'discover');
      const counts = new Map<string, number>();
      const wordtracks = intents.map((intent) => {
        counts.set(intent, (counts.get(intent) ?? 0) + 1);
        const text = prose.sentence(8, 18);
        if (text.toLowerCase().split(/\W+/).includes(commonWord)) wordtracksWithCommonWord++;
        return {
          id: `${stage.id}-${intent}-${counts.get(intent)}`,
          text,
          intent,
          phase: Math.min(3, Math.max(1, phase + random.int(-1, 1))),
          when: prose.sentence(),
          why: prose.sentences(1, 2),
          ...(random.chance(0.5) ? { insteadOf: prose.sentence() } : {}),
          tags: [prose.word(), prose.word()],
          ...(intent === 'transition' && next ? { stages: [next.id] } : {}),
        };
      });
      wordtrackIds.push(...wordtracks.map((wordtrack) => wordtrack.id));
      write(join(dir, 'wordtracks', track.id, `${stage.id}.yaml`), yaml({ ...fresh, wordtracks }));
    });
  }

  const phaseTitles = ['Understanding the problem', 'Weighing solutions', 'Weighing the risk of committing'];
  phaseTitles.forEach((title, index) => {
    write(
      join(dir, 'phases', `${index + 1}.mdx`),
      mdx(
        {
          number: index + 1,
          title,
          summary: prose.sentence(),
          buyerFocus: prose.sentence(),
          sellerFocus: prose.sentence(),
          signals: Array.from({ length: random.int(8, 10) }, () => prose.sentence()),
          misalignment: Array.from({ length: random.int(4, 6) }, () => prose.sentence()),
          ...fresh,
        },
        prose.body(7),
      ),
    );
  });

  const foundationCount = Math.max(1, Math.round(stageCount * PER_STAGE.foundations));
  for (let index = 0; index < foundationCount; index++) {
    write(join(dir, 'foundations', `${id('foundation', index)}.mdx`), mdx({ title: prose.title(), order: index + 1, summary: prose.sentences(1, 2), ...fresh }, prose.body(6)));
  }

  const playCount = Math.max(1, Math.round(stageCount * PER_STAGE.plays));
  for (let index = 0; index < playCount; index++) {
    write(
      join(dir, 'plays', `${id('play', index)}.mdx`),
      mdx(
        {
          title: prose.title(),
          moment: prose.sentence(),
          summary: prose.sentence(),
          signals: Array.from({ length: random.int(3, 5) }, () => prose.sentence()),
          phase: random.int(1, 3),
          stages: random.sample(stages, Math.min(2, stages.length)).map((stage) => stage.id),
          steps: Array.from({ length: random.int(3, 5) }, () => prose.sentence()),
          wordtracks: random.sample(wordtrackIds, 4),
          outcome: prose.sentence(),
          ...fresh,
        },
        prose.body(4),
      ),
    );
  }

  const glossaryCount = Math.max(1, Math.round(stageCount * PER_STAGE.glossary));
  const termIds = Array.from({ length: glossaryCount }, (_, index) => id('term', index));
  write(
    join(dir, 'glossary.yaml'),
    yaml(
      termIds.map((termId) => ({
        id: termId,
        term: prose.title(),
        definition: prose.sentences(1, 2),
        seeAlso: random.sample(termIds.filter((other) => other !== termId), random.int(0, 3)),
      })),
    ),
  );

  for (const name of ['selfcheck.yaml', 'coach.yaml', 'synonyms.yaml']) copyFileSync(join(realContent, name), join(dir, name));
  const stagesOf = new Map(tracks.map((track) => [track.id, stages.filter((stage) => stage.track === track.id).map((stage) => stage.id)]));
  copyInstruments(realContent, dir, { tracks: tracks.map((track) => track.id), stagesOf, wordtracks: wordtrackIds });

  return {
    dir,
    stages: stageCount,
    tracks: trackCount,
    wordtracks: wordtrackIds.length,
    foundations: foundationCount,
    plays: playCount,
    glossary: glossaryCount,
    wordtracksWithCommonWord,
  };
}
