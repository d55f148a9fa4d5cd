/**
 * The home-screen icons (/icons/icon-192.png, ...), drawn at build time from the site's icon: the clinic's own
 * (site.yaml `icon`, in content/site/) or the project's public/favicon.svg, so tab and home screen match.
 * Maskable and Apple icons put the drawing on a full square of the theme color (site.yaml `themeColor`), inside
 * the middle area that every phone's icon shape keeps.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { getSite } from '../../data/content';
import { iconFile } from '../../lib/site-files';
import { APP_ICONS, type AppIcon } from '../../lib/web-manifest';
import { contentDir } from '../../schemas/references';

/** Share of a maskable icon's width the drawing may fill (the safe zone is a circle of 80%). */
const MASKABLE_DRAWING = 0.72;

export const getStaticPaths = (() => APP_ICONS.map((icon) => ({ params: { icon: icon.file.replace(/\.png$/, '') }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props: { icon } }) => {
  const { icon: iconName, themeColor } = await getSite();
  const svg = await readFile(iconFile(contentDir(), iconName));
  const fullBleed = icon.purpose !== 'any';
  const drawingSize = fullBleed ? Math.round(icon.size * MASKABLE_DRAWING) : icon.size;
  // Rasterize the vector at the size it is drawn (72 dpi is the SVG's own size), so no pixel is scaled up.
  const { width = drawingSize } = await sharp(svg).metadata();
  const density = Math.min(2400, Math.ceil((72 * drawingSize) / width));
  const drawing = await sharp(svg, { density }).resize(drawingSize, drawingSize).png().toBuffer();
  const png = fullBleed
    ? await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: themeColor } })
        .composite([{ input: drawing, gravity: 'center' }])
        .png()
        .toBuffer()
    : drawing;
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
