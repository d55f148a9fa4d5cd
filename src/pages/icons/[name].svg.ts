/**
 * /icons/site-icon.svg: the clinic's own icon from content/site/ (site.yaml `icon`), for browser tabs. Built only
 * when the clinic names one; otherwise pages link the project's public/favicon.svg (iconAddress in src/lib/site-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getSite } from '../../data/content';
import { iconFile, SITE_ICON_NAME } from '../../lib/site-files';
import { contentDir } from '../../schemas/references';

export const getStaticPaths = (async () => {
  const { icon } = await getSite();
  return icon ? [{ params: { name: SITE_ICON_NAME } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await readFile(iconFile(contentDir(), (await getSite()).icon))), { headers: { 'content-type': 'image/svg+xml' } });
