import Aside from './Aside.astro';
import Checklist from './Checklist.astro';
import Wordtrack from './Wordtrack.astro';
import WordtrackList from './WordtrackList.astro';
import PhaseBadge from '../PhaseBadge.astro';
import type { MdxComponentName } from '../../lib/content/mdx-components';

/** The components every MDX body can use without importing them; their props are declared in mdx-components.ts. */
export const mdxComponents = { Aside, Checklist, Wordtrack, WordtrackList, PhaseBadge } satisfies Record<MdxComponentName, unknown>;
