import type { PhaseNumber } from '../labels.ts';

/** Where the library's pages live: `/wordtracks/<track>/` and `/wordtracks/<track>/<part>/`. */
export const LIBRARY_BASE = '/wordtracks/';

/**
 * A library page showing only one phase's cards: its anchor for that phase, which the page's style sheet answers
 * with `:target` (src/styles/library.css), so it works without JavaScript and needs no page of its own.
 */
export const phaseOnlyAnchor = (phase: PhaseNumber) => `phase-${phase}`;

/** A wordtrack's card: its anchor on its library page. */
export const wordtrackHref = (page: string, id: string) => `${page}#${id}`;
