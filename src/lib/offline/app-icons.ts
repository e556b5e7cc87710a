/** The PNG icons of the installed app, drawn from the favicon (src/pages/icons/[icon].png.ts). */
export interface AppIcon {
  name: string;
  size: number;
  /** `maskable` leaves a margin, so a launcher may crop the icon to a circle or a squircle. */
  purpose: 'any' | 'maskable';
}

export const appIcons: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
];

/** A maskable icon's artwork fits the central 80%: the safe zone every launcher's mask keeps. */
export const MASKABLE_SAFE_ZONE = 0.8;

/** The favicon's background colour (its first `fill`), which a maskable icon extends to the edges. */
export function backgroundOf(svg: string): string {
  const fill = /\bfill="(#[0-9a-f]{3,8})"/i.exec(svg)?.[1];
  if (!fill) throw new Error('public/favicon.svg has no fill colour to extend into the maskable app icon: give its background shape a fill="#rrggbb".');
  return fill;
}
