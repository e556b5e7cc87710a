/**
 * How the wordtrack library is cut into pages: one page per track, and a long track into parts of whole stages.
 *
 * Why per track: a rep browses by the kind of sale in front of them, and a track is a fixed, meaningful set whose
 * page keeps its address as the playbook grows (a new track adds a page; it does not move the others). Why parts: a
 * track's length is the author's choice, so a page holds at most PAGE_SIZE cards, about 16 kB of a reading page's
 * 25 kB gzipped (a card is 150–200 bytes gzipped), in parts of whole stages so a stage's cards stay together.
 */

/** The most wordtracks one library page shows. */
export const PAGE_SIZE = 80;

/** A track as the library shelves it: its stages in reading order, each with the wordtracks it holds. */
export interface Shelf<T> {
  id: string;
  stages: { id: string; items: T[] }[];
}

/** One stage's cards on a page; `continued` when the stage began on the previous part. */
export interface ShelfGroup<T> {
  stage: string;
  items: T[];
  continued: boolean;
}

export interface LibraryPage<T> {
  track: string;
  /** 1-based, of `parts` pages the track is cut into. */
  part: number;
  parts: number;
  href: string;
  groups: ShelfGroup<T>[];
}

/** The address of part `part` of a track's pages under `base` ("/wordtracks/"): the first part has none of its own. */
export function partHref(base: string, track: string, part: number): string {
  return part === 1 ? `${base}${track}/` : `${base}${track}/${part}/`;
}

/**
 * Cuts one track into parts of at most `size` items, as even as whole stages allow: a part closes once it holds its
 * share of the track (total ÷ parts), or when the next stage would not fit. Only a stage longer than a page is split.
 */
function cutTrack<T>(stages: Shelf<T>['stages'], size: number): ShelfGroup<T>[][] {
  const total = stages.reduce((sum, stage) => sum + stage.items.length, 0);
  const share = total / Math.ceil(total / size);
  const parts: ShelfGroup<T>[][] = [];
  let part: ShelfGroup<T>[] = [];
  let count = 0;
  const close = () => {
    if (part.length > 0) parts.push(part);
    [part, count] = [[], 0];
  };
  for (const stage of stages) {
    // A stage that fits a page starts a new one rather than break; one longer than any page fills this one first.
    const fits = stage.items.length <= size;
    if (count > 0 && (count >= share || (fits && count + stage.items.length > size))) close();
    for (let start = 0; start < stage.items.length; ) {
      if (count === size) close();
      const items = stage.items.slice(start, start + size - count);
      part.push({ stage: stage.id, items, continued: start > 0 });
      [start, count] = [start + items.length, count + items.length];
    }
  }
  close();
  return parts;
}

/** The library's pages under `base`, track by track; a track (or stage) with nothing to show gets no page (or group). */
export function libraryPages<T>(shelves: Shelf<T>[], base: string, size = PAGE_SIZE): LibraryPage<T>[] {
  return shelves.flatMap((shelf) => {
    const parts = cutTrack(
      shelf.stages.filter((stage) => stage.items.length > 0),
      size,
    );
    return parts.map((groups, index) => ({ track: shelf.id, part: index + 1, parts: parts.length, href: partHref(base, shelf.id, index + 1), groups }));
  });
}

/** Where each item is shown: its page's address, keyed by what `key` gives. */
export function pageOfEach<T>(pages: LibraryPage<T>[], key: (item: T) => string): Map<string, string> {
  const where = new Map<string, string>();
  for (const page of pages) for (const group of page.groups) for (const item of group.items) where.set(key(item), page.href);
  return where;
}
