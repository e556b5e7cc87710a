import type { APIRoute } from 'astro';
import { site, themeColors } from '../lib/site';
import { appIcons } from '../lib/offline/app-icons';

/** The web app manifest: what a phone shows when a rep adds the playbook to the home screen. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: `${site.name}: ${site.tagline.toLowerCase()}`,
      short_name: site.name,
      description: `${site.tagline}, with its wordtracks, a call planner and a phase self-check, also without a connection.`,
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: themeColors.light,
      theme_color: themeColors.light,
      icons: [
        { src: '/favicon.svg', type: 'image/svg+xml', sizes: 'any', purpose: 'any' },
        ...appIcons.map((icon) => ({ src: `/icons/${icon.name}.png`, type: 'image/png', sizes: `${icon.size}x${icon.size}`, purpose: icon.purpose })),
      ],
    }),
    { headers: { 'content-type': 'application/manifest+json' } },
  );
