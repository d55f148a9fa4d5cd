/**
 * After the build, narrows each page's CSP to the inline scripts and styles it holds (src/lib/page-csp.ts).
 * Runs before Pagefind and the service worker, so the offline copy keeps the final pages.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { narrowPageCsp } from '../lib/page-csp';

export default function pageCsp(): AstroIntegration {
  return {
    name: 'aftercare:page-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        let narrowed = 0;
        for (const page of pages) {
          const file = join(outDir, page);
          const html = readFileSync(file, 'utf8');
          const next = narrowPageCsp(html);
          if (next !== html) {
            writeFileSync(file, next);
            narrowed++;
          }
        }
        logger.info(`Content-Security-Policy narrowed to each page's own inline scripts and styles: ${narrowed} of ${pages.length} pages.`);
      },
    },
  };
}
