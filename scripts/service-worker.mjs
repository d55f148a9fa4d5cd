// Writes the service worker into the built site (dist/, or $OUT_DIR), after Pagefind has indexed it.
// `npm run build` runs it last; `npm run pdf` runs the same step again once the PDFs exist.
import { resolve } from 'node:path';
import { describePrecache, writeServiceWorker } from '../src/integrations/service-worker/build.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
try {
  const summary = await writeServiceWorker({ outDir });
  for (const warning of summary.warnings) console.warn(`service worker: ${warning}`);
  console.log(`Service worker: ${describePrecache(summary)}.`);
} catch (error) {
  console.error(`\nService worker: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}
