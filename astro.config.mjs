// @ts-check
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkGlossary from './src/plugins/remark-glossary.ts';
import rehypeBaseLinks from './src/plugins/rehype-base-links.ts';
import reviewDates from './src/integrations/review-dates.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker/index.ts';
import pageCsp from './src/integrations/page-csp.ts';
import searchEngineFiles, { siteAddress } from './src/integrations/search-engines.ts';
import { siteLanguages } from './src/i18n/languages.ts';

/**
 * Adds the pages of one language (src/routes-<lang>/<path>.astro at /<lang>/<path>/), and its data files
 * (src/routes-<lang>/<path>.json.ts at /<lang>/<path>.json).
 * @param {string} lang
 * @returns {import('astro').AstroIntegration}
 */
function languageRoutes(lang) {
  const dir = new URL(`./src/routes-${lang}/`, import.meta.url);
  return {
    name: `aftercare:routes-${lang}`,
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.astro$|\.json\.ts$/.test(f)).sort()) {
          const path = file.replace(/\.astro$|\.ts$/, '').replace(/(^|\/)index$/, '').split(sep).join('/');
          injectRoute({ pattern: `/${lang}/${path}`.replace(/\/$/, '') || `/${lang}`, entrypoint: `./src/routes-${lang}/${file.split(sep).join('/')}` });
        }
      },
    },
  };
}

/** Deploy under a sub-path with BASE_PATH=/aftercare/ (default: the site root). */
const base = process.env.BASE_PATH ?? '/';
const contentDir = process.env.CONTENT_DIR ?? './content';
/** The languages site.yaml publishes: English at the root, the others under /<lang>/. */
const locales = siteLanguages(contentDir);
const site = siteAddress(contentDir);

export default defineConfig({
  // The public address (siteUrl in site.yaml), for the sitemap's full addresses. A missing or bad siteUrl is
  // left out here: the site schema then stops the build, naming the field.
  ...(site && { site }),
  base,
  trailingSlash: 'always',
  i18n: { locales, defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [
    // For MDX pages under src/pages. Guide pages in content/ (MDX too) are rendered when content is read,
    // never compiled into code (src/loaders/guide.ts): faster, leaner builds of large libraries (npm run bench).
    mdx({ optimize: true }),
    preact(),
    reviewDates({ guideDir: `${contentDir}/guide` }),
    // Each other language's pages (src/routes-<lang>/), only when site.yaml publishes it: an English-only
    // site has no /es/ pages, and needs no translations.
    ...(locales.includes('es') ? [languageRoutes('es')] : []),
    // Each page's CSP allows only its own inline scripts and styles (before anything reads the pages).
    pageCsp(),
    // Search index, at the end of the build (keep integrations that read dist/pagefind/ after this one).
    pagefindIndex({ indexChunkSize: 5000 }),
    // The offline service worker: after Pagefind, so the search index is among the files it keeps.
    serviceWorker(),
    // sitemap-index.xml and robots.txt, for search engines: after the service worker, which need not keep them.
    ...searchEngineFiles(locales),
  ],
  // Other content (CONTENT_DIR, test fixtures) builds with its own cache, so it never disturbs the site's content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? (process.env.CONTENT_DIR ? `./node_modules/.astro-content/${contentDir.replace(/[^\w-]+/g, '_')}` : './node_modules/.astro'),
  markdown: {
    // No code blocks in this site, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    // remark/rehype (unified) rather than the default Sätteri processor, for the glossary and base-path plugins.
    processor: unified({
      remarkPlugins: [[remarkGlossary, { dir: `${contentDir}/glossary`, translationsDir: `${contentDir}/translations` }]],
      rehypePlugins: [[rehypeBaseLinks, { base }]],
    }),
  },
  build: { inlineStylesheets: 'always' },
  // A strict Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it emits.
  // No third-party origins anywhere: nothing a patient types or reads leaves the device.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Scripts are files, never inlined: the browser keeps them from page to page, while a page carries only what
  // draws it (HTML and CSS, 14 kB at most); and the CSP needs no hash for them.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
