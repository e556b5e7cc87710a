/** One page in the order a new hire reads the playbook. */
export interface ReadingItem {
  href: string;
  title: string;
  /** The section the page belongs to, shown next to previous/next links. */
  section: string;
}

export interface ReadingSources {
  foundations: { id: string; title: string }[];
  phases: { number: number; title: string }[];
  tracks: { id: string; title: string; stages: { id: string; title: string }[] }[];
  plays: { id: string; title: string }[];
  /** Reference pages read after the plays, such as the follow-up templates. */
  toolkit: { href: string; label: string }[];
}

/** Foundations, then the phases, then each track followed by its stages, then the plays, the objections and the toolkit; each list already sorted. */
export function readingOrder({ foundations, phases, tracks, plays, toolkit }: ReadingSources): ReadingItem[] {
  return [
    ...foundations.map((page) => ({ href: `/foundations/${page.id}/`, title: page.title, section: 'Foundations' })),
    { href: '/phases/', title: "The buyer's three phases", section: 'Phases' },
    ...phases.map((phase) => ({ href: `/phases/${phase.number}/`, title: phase.title, section: 'Phases' })),
    ...tracks.flatMap((track) => [
      { href: `/tracks/${track.id}/`, title: track.title, section: 'Tracks' },
      ...track.stages.map((stage) => ({ href: `/tracks/${track.id}/${stage.id}/`, title: stage.title, section: track.title })),
    ]),
    ...plays.map((play) => ({ href: `/plays/${play.id}/`, title: play.title, section: 'Plays' })),
    { href: '/objections/', title: 'Objections', section: 'Plays' },
    ...toolkit.map((page) => ({ href: page.href, title: page.label, section: 'Toolkit' })),
  ];
}

/** The pages before and after `href` in the reading order. */
export function neighbours(order: ReadingItem[], href: string): { previous?: ReadingItem; next?: ReadingItem } {
  const index = order.findIndex((item) => item.href === href);
  if (index < 0) return {};
  return { previous: order[index - 1], next: order[index + 1] };
}
