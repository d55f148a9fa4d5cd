/**
 * /clinic-logo.<type>: the clinic's logo from content/site/ (site.yaml `clinic.logo`), for the handout. Built
 * only when the clinic names one; the schema has checked the file is there and of a type browsers show.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getSite } from '../data/content';
import { contentDir } from '../schemas/references';
import { fileType, LOGO_MEDIA_TYPES, siteFilePath } from '../lib/site-files';

export const getStaticPaths = (async () => {
  const { logo } = (await getSite()).clinic;
  return logo ? [{ params: { type: fileType(logo) }, props: { logo } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ logo: string }> = async ({ props: { logo } }) => {
  const bytes = await readFile(siteFilePath(contentDir(), logo));
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': LOGO_MEDIA_TYPES[fileType(logo) as keyof typeof LOGO_MEDIA_TYPES] } });
};
