/** The playbook's name and tagline, shown in the header, titles and meta tags. */
export const site = {
  name: 'Attune',
  tagline: 'A sales playbook for selling in step with the buyer',
} as const;

export interface NavLink {
  href: string;
  label: string;
}

/** The header's main sections, in the order a new hire meets them. */
export const mainNav: readonly NavLink[] = [
  { href: '/foundations/', label: 'Foundations' },
  { href: '/phases/', label: 'Phases' },
  { href: '/tracks/', label: 'Tracks' },
  { href: '/wordtracks/', label: 'Wordtracks' },
  { href: '/plays/', label: 'Plays' },
  { href: '/objections/', label: 'Objections' },
  { href: '/plan/', label: 'Plan a call' },
  { href: '/check/', label: 'Self-check' },
];

/** The reps' reference pages, read after the plays and linked from the footer. */
export const toolkit = {
  personas: { href: '/personas/', label: 'Question banks by persona' },
  followups: { href: '/follow-ups/', label: 'Follow-up templates' },
} as const satisfies Record<string, NavLink>;

/** True when `href` is the current section of `pathname`, so the header can mark it. */
export function isCurrentSection(href: string, pathname: string): boolean {
  return pathname.startsWith(href);
}

/** The page title as it appears in the tab: the page's own title, then the site name. */
export function documentTitle(title: string | undefined): string {
  return title ? `${title} · ${site.name}` : `${site.name} · ${site.tagline}`;
}

/** The page background of each theme (src/styles/global.css, --bg): the browser's and the installed app's bar colour. */
export const themeColors = { light: '#fbfaf7', dark: '#15181c' } as const;
