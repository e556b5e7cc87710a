import type { PlaybookSource } from '../content/source.ts';
import { flattenWordtrackFile } from '../content/source.ts';
import { libraryPages, pageOfEach, type Shelf } from './pages.ts';
import { LIBRARY_BASE } from './routes.ts';

interface StageFacts {
  id: string;
  track: string;
  order: number;
}

/**
 * The library's shelves from the content as read (no Astro): for the steps that run outside Astro's build, such as
 * the search index. `src/lib/reading/playbook.ts` shelves the same content from Astro's collections; both order the stages of
 * a track by `order` and a stage's wordtracks as its file lists them, so both cut the same pages.
 */
export function shelvesFromSource(source: PlaybookSource): Shelf<string>[] {
  const stages: StageFacts[] = source.entries
    .filter((entry) => entry.collection === 'stages')
    .map((entry) => ({ id: entry.id, ...(entry.data as { track: string; order: number }) }));
  const own = new Map(source.wordtrackFiles.map((file) => [file.stage, flattenWordtrackFile(file.stage, file.data).map((entry) => String(entry.id))]));
  const tracks = source.entries
    .filter((entry) => entry.collection === 'tracks')
    .map((entry) => entry.data as { id: string; order: number })
    .sort((a, b) => a.order - b.order);
  return tracks.map((track) => ({
    id: track.id,
    stages: stages
      .filter((stage) => stage.track === track.id)
      .sort((a, b) => a.order - b.order)
      .map((stage) => ({ id: stage.id, items: own.get(stage.id) ?? [] })),
  }));
}

/** Each wordtrack's library page, by wordtrack id. */
export function libraryPageOfEach(source: PlaybookSource): Map<string, string> {
  return pageOfEach(libraryPages(shelvesFromSource(source), LIBRARY_BASE), (id) => id);
}
