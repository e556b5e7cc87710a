import type { LibraryPage } from './pages.ts';

/** "Stage 3" or "Stages 1–4": the stages a page covers, by their positions in the track. */
export function stageSpan(page: LibraryPage<unknown>, positionOf: (stage: string) => number): string {
  const first = positionOf(page.groups[0]!.stage);
  const last = positionOf(page.groups.at(-1)!.stage);
  return first === last ? `Stage ${first}` : `Stages ${first}–${last}`;
}

/** A page's title: "The showroom sale" alone, or with its part when the track is cut: "…, stages 5–8". */
export function partTitle(title: string, page: LibraryPage<unknown>, positionOf: (stage: string) => number): string {
  return page.parts === 1 ? title : `${title}, ${stageSpan(page, positionOf).toLowerCase()}`;
}

/** A count as readers read it: "7,652". */
export const countText = (count: number) => count.toLocaleString('en');

/** "1 wordtrack" or "7,652 wordtracks". */
export const wordtrackCount = (count: number) => `${countText(count)} ${count === 1 ? 'wordtrack' : 'wordtracks'}`;

/** How many items a page shows, or how many of them `keep` keeps. */
export function itemsOn<T>(page: LibraryPage<T>, keep: (item: T) => boolean = () => true): number {
  return page.groups.reduce((sum, group) => sum + group.items.filter(keep).length, 0);
}
