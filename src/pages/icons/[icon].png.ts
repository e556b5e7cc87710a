import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import favicon from '../../../public/favicon.svg?raw';
import { appIcons, backgroundOf, MASKABLE_SAFE_ZONE, type AppIcon } from '../../lib/offline/app-icons';

// sharp is the image library Astro itself uses (an optional dependency of astro, in the lockfile); it draws the
// SVG at the icon's own size, so the PNGs stay as sharp as the favicon and follow it when it changes.

export const getStaticPaths = (() => appIcons.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

/** The favicon drawn at `size` pixels square. */
const draw = (size: number) => sharp(Buffer.from(favicon), { density: (72 * size) / 32 }).resize(size, size).png().toBuffer();

async function render({ size, purpose }: AppIcon): Promise<Buffer> {
  if (purpose === 'any') return draw(size);
  const inner = Math.round(size * MASKABLE_SAFE_ZONE);
  return sharp({ create: { width: size, height: size, channels: 4, background: backgroundOf(favicon) } })
    .composite([{ input: await draw(inner), gravity: 'centre' }])
    .png()
    .toBuffer();
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await render((props as { icon: AppIcon }).icon)), { headers: { 'content-type': 'image/png' } });
