/**
 * The service worker as an Astro integration: writes `sw.js` at the end of `astro build`. Astro runs
 * `astro:build:done` hooks in the order of `integrations`, so list this one after the Pagefind integration
 * (the search index must exist to be kept offline). While Pagefind runs as a command after `astro build`,
 * `npm run build` runs the same step as scripts/service-worker.mjs instead.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describePrecache, writeServiceWorker } from './build.ts';

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'aftercare:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await writeServiceWorker({ outDir: fileURLToPath(dir) });
        for (const warning of summary.warnings) logger.warn(warning);
        logger.info(`Service worker: ${describePrecache(summary)}.`);
      },
    },
  };
}
