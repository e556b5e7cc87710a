import type { ContentIssue } from './issues.ts';
import type { RawEntry } from './source.ts';
import { lineInOrigin } from './yaml-lines.ts';

/** A stage as the chain sees it: its track, its position and the stage it leads to. */
export interface ChainStage {
  id: string;
  file: string;
  track: string;
  order: number;
  next?: string;
  /** The line of a field of the stage's frontmatter. */
  lineOf: (field: string) => number | undefined;
}

/** Stages that passed their schema, whose `track` and `next` are `{ id }` links, as the chain sees them. */
export function chainStages(stages: (RawEntry & { value: Record<string, unknown> })[]): ChainStage[] {
  return stages.map((stage) => ({
    id: stage.id,
    file: stage.file,
    track: (stage.value.track as { id: string }).id,
    order: stage.value.order as number,
    next: (stage.value.next as { id: string } | undefined)?.id,
    lineOf: (field: string) => lineInOrigin(stage.origin, [field]),
  }));
}

export interface ChainReport {
  errors: ContentIssue[];
  /** Stages no `next` leads to but a track's first: still pages, but a reader following the chain never meets them. */
  warnings: ContentIssue[];
}

/**
 * Checks each track's chain of stages: two stages never share a position, `next` stays in the track, never points at
 * its own stage and makes no loop, and every stage but the track's first is led to by another, so that all can be
 * reached from the first: with one `next` each and no loop, a stage out of reach has one at the head of its run.
 * `knownTracks` holds the tracks that exist; a stage of another is already reported for its `track`.
 */
export function checkStageChain(stages: ChainStage[], knownTracks: ReadonlySet<string>, reachability = true): ChainReport {
  const report: ChainReport = { errors: [], warnings: [] };
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  const issue = (stage: ChainStage, field: 'next' | 'order', value: unknown, expected: string): ContentIssue =>
    ({ file: stage.file, line: stage.lineOf(field), kind: 'stage', id: stage.id, field, value, expected });

  const positions = new Map<string, ChainStage>();
  for (const stage of stages) {
    const next = stage.next === undefined ? undefined : byId.get(stage.next);
    if (stage.next === stage.id) {
      report.errors.push(issue(stage, 'next', stage.next, 'the id of another stage; a stage cannot lead to itself (leave next out on the last stage)'));
    } else if (next && next.track !== stage.track && knownTracks.has(stage.track) && knownTracks.has(next.track)) {
      report.errors.push(issue(stage, 'next', stage.next, `a stage of the track "${stage.track}", but "${next.id}" is in "${next.track}"`));
    }
    const position = `${stage.track}#${stage.order}`;
    const other = positions.get(position);
    if (other) {
      report.errors.push(issue(stage, 'order', stage.order, `a position not taken in the track "${stage.track}"; "${other.id}" (${other.file}) is already at ${stage.order}`));
    } else positions.set(position, stage);
  }

  // Next links that stay in the track and lead elsewhere; the others are reported above.
  const leadsTo = (stage: ChainStage) => {
    const next = stage.next === undefined ? undefined : byId.get(stage.next);
    return next && next.track === stage.track && next !== stage ? next : undefined;
  };
  const tracks = new Map<string, ChainStage[]>();
  for (const stage of stages) tracks.set(stage.track, [...(tracks.get(stage.track) ?? []), stage]);
  for (const chain of tracks.values()) {
    chain.sort((a, b) => a.order - b.order);
    // A loop is reported once, on the stage that points back to a stage before it in the track.
    const inLoop = new Set<ChainStage>();
    for (const start of chain) {
      const path: ChainStage[] = [];
      for (let stage: ChainStage | undefined = start; stage && !inLoop.has(stage); stage = leadsTo(stage)) {
        const seen = path.indexOf(stage);
        if (seen >= 0) {
          const loop = path.slice(seen);
          for (const member of loop) inLoop.add(member);
          const back = loop.reduce((latest, member) => (member.order > latest.order ? member : latest));
          const names = [...loop.slice(loop.indexOf(back)), ...loop.slice(0, loop.indexOf(back)), back].map((member) => member.id);
          report.errors.push(issue(back, 'next', back.next, `a stage later in the track, or no next on the last stage; ${names.join(' → ')} goes round in a loop`));
          break;
        }
        path.push(stage);
      }
    }
    // Following a chain to its end would flag every stage after one missing link; the stage the link should reach
    // is the one to name. A broken chain is reported above, and what it leaves unreached would only repeat it.
    if (!reachability || chain.some((stage) => report.errors.some((error) => error.file === stage.file))) continue;
    const reached = new Set(chain.map(leadsTo));
    chain.forEach((stage, index) => {
      if (index === 0 || reached.has(stage)) return;
      const before = chain[index - 1]!;
      report.warnings.push({
        file: stage.file,
        line: stage.lineOf('order'),
        kind: 'stage',
        id: stage.id,
        detail: `no stage leads here, so a reader following the track from "${chain[0]!.id}" never reaches it; expected next: ${stage.id} on "${before.id}", the stage before it`,
      });
    });
  }
  return report;
}
