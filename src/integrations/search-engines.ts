/**
 * Files for search engines, so that every page of a large library can be found, not only the ones the menus
 * reach in a few steps: `sitemap-index.xml` (Astro's sitemap integration; each page with its versions in the
 * other languages) and `robots.txt`, which names it. Addresses start with `siteUrl` from site.yaml, as the
 * pages' own language links do. Listed after the service worker: no reader needs these files offline.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readSiteFile } from '../data/site-file';
import { DEFAULT_LOCALE, type Locale } from '../schemas/vocabulary';

/** The sitemap's files: `sitemap-index.xml`, which robots.txt names, and the lists it points to (`sitemap-0.xml`...). */
const SITEMAP_NAME = 'sitemap';

/**
 * `siteUrl` from site.yaml when it is a full https address, for Astro's `site`; otherwise undefined, and the
 * site schema stops the build naming the field.
 */
export function siteAddress(contentDir: string): string | undefined {
  const url = readSiteFile(contentDir)['siteUrl'];
  return typeof url === 'string' && URL.parse(url)?.protocol === 'https:' ? url : undefined;
}

/** robots.txt: every page may be read, and where the sitemap is. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** The sitemap and robots.txt, for a site in these languages (the first is the default, at the root). */
export default function searchEngineFiles(locales: readonly Locale[]): AstroIntegration[] {
  let home: URL | undefined;
  return [
    sitemap({
      filenameBase: SITEMAP_NAME,
      // hreflang links between a page's languages; none for a site in one language.
      ...(locales.length > 1 && { i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(locales.map((l) => [l, l])) } }),
    }),
    {
      name: 'aftercare:robots-txt',
      hooks: {
        'astro:config:done': ({ config }) => {
          home = config.site ? new URL(config.base, config.site) : undefined;
        },
        'astro:build:done': ({ dir }) => {
          // Without a site address the build has already stopped on the site schema's message.
          if (!home) return;
          writeFileSync(fileURLToPath(new URL('robots.txt', dir)), robotsTxt(new URL(`${SITEMAP_NAME}-index.xml`, home).href));
        },
      },
    },
  ];
}
