/**
 * The service worker as an Astro integration: writes `sw.js` at the end of `astro build`. Astro runs
 * `astro:build:done` hooks in the order of `integrations`, so it is listed after the Pagefind integration
 * (the search index must exist to be kept offline).
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
