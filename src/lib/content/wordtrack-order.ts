/** What ordering needs of a wordtrack: its stages (the file's own first) and its place in that file. */
export interface Ordered {
  stages: readonly { id: string }[];
  position: number;
}

/**
 * Wordtracks in the order the author wrote them: by their stage's place in the playbook, then by their place in the
 * stage's file. Astro's content store returns entries sorted by id, which puts "commit" before "open" on every
 * stage page; a call runs the other way.
 */
export function inAuthorOrder<T extends Ordered>(wordtracks: readonly T[], stageIds: readonly string[]): T[] {
  const rank = new Map(stageIds.map((id, index) => [id, index]));
  // An unknown stage cannot reach here (the content check refuses it); sorting it last keeps the function total.
  const stageRank = (wordtrack: T) => rank.get(wordtrack.stages[0]!.id) ?? stageIds.length;
  return [...wordtracks].sort((a, b) => stageRank(a) - stageRank(b) || a.position - b.position);
}
