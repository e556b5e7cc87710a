import Aside from './Aside.astro';
import Checklist from './Checklist.astro';
import Wordtrack from './Wordtrack.astro';
import WordtrackList from './WordtrackList.astro';
import PhaseBadge from '../PhaseBadge.astro';

/** The components every MDX body can use without importing them. */
export const mdxComponents = { Aside, Checklist, Wordtrack, WordtrackList, PhaseBadge };
