import { getCollection, type CollectionEntry } from 'astro:content';
import type { PhaseNumber } from '../labels.ts';
import { byTerm } from '../glossary/pages.ts';
import { libraryPages, type LibraryPage, type Shelf } from '../library/pages.ts';
import { LIBRARY_BASE, wordtrackHref } from '../library/routes.ts';
import { readingOrder, type ReadingItem } from './reading-order.ts';
import { toolkit } from '../site.ts';
import { byPosition } from '../../loaders/ordered-file.ts';
import { inAuthorOrder } from '../content/wordtrack-order.ts';

export type Wordtrack = CollectionEntry<'wordtracks'>['data'] & {
  /** The wordtrack's own stage (its file's) and the track that stage belongs to. */
  stage: { id: string; title: string; href: string };
  track: { id: string; title: string };
  href: string;
};

export interface Stage {
  entry: CollectionEntry<'stages'>;
  id: string;
  href: string;
  track: CollectionEntry<'tracks'>['data'];
  next?: { id: string; title: string; href: string };
  wordtracks: Wordtrack[];
}

export interface Track {
  data: CollectionEntry<'tracks'>['data'];
  href: string;
  stages: Stage[];
}

export interface Playbook {
  tracks: Track[];
  stages: Map<string, Stage>;
  phases: CollectionEntry<'phases'>[];
  foundations: CollectionEntry<'foundations'>[];
  plays: CollectionEntry<'plays'>[];
  wordtracks: Wordtrack[];
  wordtrackById: Map<string, Wordtrack>;
  /** The library's pages: each track's wordtracks under their own stages, a long track in parts. */
  library: LibraryPage<Wordtrack>[];
  glossary: CollectionEntry<'glossary'>[];
  selfcheck: CollectionEntry<'selfcheck'>['data'][];
  coach: CollectionEntry<'coach'>['data'][];
  /** Follow-up situations and personas, in the order their authors wrote them. */
  followups: CollectionEntry<'followups'>[];
  personas: CollectionEntry<'personas'>[];
  order: ReadingItem[];
}

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

async function assemble(): Promise<Playbook> {
  const [trackEntries, stageEntries, phases, foundations, plays, wordtrackEntries, glossary, selfcheck, coach, followups, personas] = await Promise.all([
    getCollection('tracks'),
    getCollection('stages'),
    getCollection('phases'),
    getCollection('foundations'),
    getCollection('plays'),
    getCollection('wordtracks'),
    getCollection('glossary'),
    getCollection('selfcheck'),
    getCollection('coach'),
    getCollection('followups'),
    getCollection('personas'),
  ]);
  trackEntries.sort(byOrder);
  stageEntries.sort(byOrder);
  phases.sort((a, b) => a.data.number - b.data.number);
  foundations.sort(byOrder);
  plays.sort((a, b) => a.data.moment.localeCompare(b.data.moment));
  glossary.sort(byTerm);
  followups.sort(byPosition);
  personas.sort(byPosition);

  const trackById = new Map(trackEntries.map((track) => [track.id, track.data]));
  const stageEntryById = new Map(stageEntries.map((stage) => [stage.id, stage]));
  const stageHref = (id: string) => `/tracks/${stageEntryById.get(id)!.data.track.id}/${id}/`;

  // The playbook's stages in reading order (each track in turn), so every list of wordtracks follows the author.
  const stageIds = trackEntries.flatMap((track) => stageEntries.filter((stage) => stage.data.track.id === track.id).map((stage) => stage.id));
  const authored = inAuthorOrder(wordtrackEntries.map((entry) => entry.data), stageIds);
  const wordtracks: Wordtrack[] = authored.map((data) => {
    const own = stageEntryById.get(data.stages[0]!.id)!;
    return {
      ...data,
      stage: { id: own.id, title: own.data.title, href: stageHref(own.id) },
      track: { id: own.data.track.id, title: trackById.get(own.data.track.id)!.title },
      // Set below, once the library is cut into pages.
      href: '',
    };
  });

  // Grouped in one pass: filtering every wordtrack for every stage grows with their product.
  const wordtracksByStage = new Map<string, Wordtrack[]>();
  for (const wordtrack of wordtracks) {
    for (const id of new Set(wordtrack.stages.map((stage) => stage.id))) {
      const list = wordtracksByStage.get(id);
      if (list) list.push(wordtrack);
      else wordtracksByStage.set(id, [wordtrack]);
    }
  }

  const stages = new Map<string, Stage>();
  for (const entry of stageEntries) {
    const next = entry.data.next && stageEntryById.get(entry.data.next.id);
    stages.set(entry.id, {
      entry,
      id: entry.id,
      href: stageHref(entry.id),
      track: trackById.get(entry.data.track.id)!,
      next: next ? { id: next.id, title: next.data.title, href: stageHref(next.id) } : undefined,
      wordtracks: wordtracksByStage.get(entry.id) ?? [],
    });
  }

  const tracks = trackEntries.map((track) => ({
    data: track.data,
    href: `/tracks/${track.id}/`,
    stages: [...stages.values()].filter((stage) => stage.track.id === track.id),
  }));

  // Each wordtrack is shelved once, under the stage of its own file; src/lib/library/source-pages.ts shelves the
  // same way for the search index, which reads the content without Astro.
  const shelves: Shelf<Wordtrack>[] = tracks.map((track) => ({
    id: track.data.id,
    stages: track.stages.map((stage) => ({ id: stage.id, items: stage.wordtracks.filter((wordtrack) => wordtrack.stage.id === stage.id) })),
  }));
  const library = libraryPages(shelves, LIBRARY_BASE);
  for (const page of library) for (const group of page.groups) for (const wordtrack of group.items) wordtrack.href = wordtrackHref(page.href, wordtrack.id);

  return {
    tracks,
    stages,
    phases,
    foundations,
    plays,
    wordtracks,
    wordtrackById: new Map(wordtracks.map((wordtrack) => [wordtrack.id, wordtrack])),
    library,
    glossary,
    selfcheck: selfcheck.map((item) => item.data),
    coach: coach.map((rule) => rule.data),
    followups,
    personas,
    order: readingOrder({
      foundations: foundations.map((page) => ({ id: page.id, title: page.data.title })),
      phases: phases.map((phase) => ({ number: phase.data.number, title: phase.data.title })),
      tracks: tracks.map((track) => ({ id: track.data.id, title: track.data.title, stages: track.stages.map((stage) => ({ id: stage.id, title: stage.entry.data.title })) })),
      plays: plays.map((play) => ({ id: play.id, title: play.data.title })),
      toolkit: Object.values(toolkit),
    }),
  };
}

let playbook: Promise<Playbook> | undefined;

/** The whole playbook, assembled once per build and shared by every route. */
export function loadPlaybook(): Promise<Playbook> {
  return (playbook ??= assemble());
}

/** Wordtracks that suit a phase, in library order (the author's). */
export function wordtracksForPhase(book: Playbook, phase: PhaseNumber): Wordtrack[] {
  return book.wordtracks.filter((wordtrack) => wordtrack.phase === phase);
}
