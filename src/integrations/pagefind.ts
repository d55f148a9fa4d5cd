/**
 * Builds the on-device search index with Pagefind's Node API at the end of `astro build` (astro:build:done),
 * inside the build instead of as a second command. Integrations that must see the index (the offline
 * service worker) go after this one in `integrations`: Astro runs build:done hooks in that order.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';

export interface PagefindOptions {
  /**
   * Pages per index chunk (Pagefind's `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`): fewer, larger chunks mean fewer
   * requests but more bytes per query. The value kept is the one `npm run bench` measured smallest for opening
   * search and running one query at 1,000 pages. The environment variable, when set, wins (for measuring).
   */
  indexChunkSize?: number;
}

export default function pagefindIndex(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'aftercare:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Read by the Pagefind service process it starts, which inherits this environment.
        if (options.indexChunkSize && !process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE']) {
          process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(options.indexChunkSize);
        }
        const started = performance.now();
        try {
          const { index } = check(await pagefind.createIndex(), logger);
          const { page_count } = check(await index!.addDirectory({ path: fileURLToPath(dir) }), logger);
          if (!page_count) throw new Error(`No pages to index in ${fileURLToPath(dir)}`);
          const outputPath = fileURLToPath(new URL('./pagefind/', dir));
          check(await index!.writeFiles({ outputPath }), logger);
          const saved = await minifyScript(`${outputPath}pagefind.js`);
          logger.info(`Search index: ${page_count} pages in ${Math.round(performance.now() - started)} ms (search script ${saved} B gzip smaller).`);
        } catch (cause) {
          throw new Error('Pagefind could not build the search index.', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Pagefind's `pagefind.js`, the script every search loads, comes with its whitespace removed but its long
 * names kept: minifying it fully takes about 2 kB gzip (15%) off each first search. Returns the gzip bytes saved.
 */
export async function minifyScript(file: string): Promise<number> {
  const source = await readFile(file, 'utf8');
  const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2022' });
  await writeFile(file, code);
  return gzipSync(source).length - gzipSync(code).length;
}

/** Pagefind reports problems in `errors` rather than by throwing: fail the build on any. */
function check<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error(response.errors.join('\n'));
  }
  return response;
}
