/**
 * The service worker as an Astro integration: writes `sw.js` at the end of `astro build`. Astro runs
 * `astro:build:done` hooks in the order of `integrations`, so it is listed after the Pagefind integration
 * (the search index must exist to be kept offline).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describePrecache, writeServiceWorker } from './build.ts';

/** PRECACHE_BUDGET_KB: how much one language's offline copy keeps up front (default in ./precache.ts). */
export function precacheBudget(value = process.env['PRECACHE_BUDGET_KB']): number | undefined {
  if (value === undefined || value === '') return undefined;
  const kb = Number(value);
  if (!Number.isFinite(kb) || kb < 0) throw new Error(`PRECACHE_BUDGET_KB must be a number of kilobytes, not "${value}"`);
  return kb * 1024;
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'aftercare:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await writeServiceWorker({ outDir: fileURLToPath(dir), contentDir: process.env['CONTENT_DIR'] ?? 'content', budget: precacheBudget() });
        for (const warning of summary.warnings) logger.warn(warning);
        logger.info(`Service worker: ${describePrecache(summary)}.`);
      },
    },
  };
}
