/** /manifest.webmanifest: lets a phone add the guide to its home screen (see src/lib/web-manifest.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../data/content';
import { webManifest } from '../lib/web-manifest';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const manifest = webManifest({
    siteName: site.siteName,
    shortName: site.shortName,
    description: site.tagline,
    base: import.meta.env.BASE_URL,
    themeColor: site.themeColor,
  });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
