/**
 * Writes `<outDir>/sw.js`: the service worker (./worker.ts, bundled with esbuild) with Workbox's list of every
 * file of the built site to keep on the device. Run it after Pagefind has indexed the site (its index is part of
 * the list) and again after anything else writes into the site (`npm run pdf` adds the handout PDFs). Each run
 * starts from the worker's source, so running it twice gives the same file.
 *
 * `astro build` runs it through the integration in ./index.ts; scripts/pdf.mjs imports it directly (plain
 * Node 24 strips the types, so relative imports here keep their `.ts`).
 */
import { build } from 'esbuild';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { choosePrecache, PRECACHE_BUDGET_BYTES } from './precache.ts';

/** The worker's file name, at the root of the site (so its scope is the whole site, or the sub-path). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Pagefind's ready-made search interfaces and its web worker: this site has its own panel and runs search on the page. */
const UNUSED_PAGEFIND_FILES = ['pagefind/pagefind-worker.js', 'pagefind/pagefind-ui.*', 'pagefind/pagefind-component-ui.*', 'pagefind/pagefind-modular-ui.*'];

/** A simple glob (`*` within a folder) as a regular expression over a whole path. */
const globToRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
/** A file name as a glob that matches only itself. */
const escapeGlob = (path: string) => path.replace(/[[\]{}()*?!+@]/g, '\\$&');

export interface PrecacheSummary {
  /** Files the worker keeps on the device. */
  count: number;
  /** Their total size in bytes. */
  size: number;
  /** Files of a guide too large to keep whole up front, kept instead the first time they are read. */
  onFirstRead: number;
  /** Workbox's warnings (e.g. a file too large to keep). */
  warnings: string[];
}

/**
 * Pagefind's wasm files for languages the index does not use (it writes one per language it knows, plus
 * `unknown`): left out, since search only ever loads the ones named in pagefind-entry.json.
 */
async function unusedPagefindWasm(outDir: string): Promise<string[]> {
  const entryFile = join(outDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entryFile)) return [];
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages?: Record<string, { wasm?: string }> };
  const used = new Set(Object.values(entry.languages ?? {}).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
  return (await readdir(join(outDir, 'pagefind')))
    .filter((file) => /^wasm\..+\.pagefind$/.test(file) && !used.has(file))
    .map((file) => `pagefind/${file}`);
}

/** The guide pages' slugs (`content/guide/<slug>.md[x]`), to tell them from the pages every reader needs. */
export function guideSlugs(contentDir: string): Set<string> {
  const dir = join(contentDir, 'guide');
  return new Set(existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')) : []);
}

/**
 * Bundles the worker and writes it to `outDir/sw.js`, with the precache list: every file of `outDir` when the
 * guide fits the budget, its most needed files otherwise (./precache.ts).
 */
export async function writeServiceWorker({ outDir, contentDir, budget = PRECACHE_BUDGET_BYTES }: { outDir: string; contentDir: string; budget?: number | undefined }): Promise<PrecacheSummary> {
  const slugs = guideSlugs(contentDir);
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`${join(outDir, 'index.html')} does not exist: build the site before writing its service worker.`);
  }
  const tempDir = await mkdtemp(join(tmpdir(), 'aftercare-sw-'));
  try {
    const bundled = await build({
      entryPoints: [join(import.meta.dirname, 'worker.ts')],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      // Workbox's debug logging is left out of the production worker.
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const swSrc = join(tempDir, SERVICE_WORKER_FILE);
    await writeFile(swSrc, bundled.outputFiles[0]!.contents);
    // Chosen from names and sizes first, so Workbox reads (to hash) only the files it keeps: a large guide's
    // thousands of pages are never read here.
    const ignores = [SERVICE_WORKER_FILE, ...UNUSED_PAGEFIND_FILES, ...(await unusedPagefindWasm(outDir))];
    const ignored = ignores.map(globToRegExp);
    const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter((url) => !ignored.some((pattern) => pattern.test(url)));
    const sized = await Promise.all(files.map(async (url) => ({ url, size: (await stat(join(outDir, url))).size })));
    const kept = choosePrecache(sized, slugs, budget);
    const { count, size, warnings } = await injectManifest({
      swSrc,
      swDest: join(outDir, SERVICE_WORKER_FILE),
      globDirectory: outDir,
      globPatterns: kept.size === files.length ? ['**/*'] : [...kept].map(escapeGlob),
      globIgnores: ignores,
      // Astro's file names change with their content: the name alone tells versions apart.
      dontCacheBustURLsMatching: /^_astro\//,
    });
    const onFirstRead = files.length - kept.size;
    return { count, size, warnings, onFirstRead };
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

/** "precaches 74 files, 1.1 MB" (and how many are kept on first read, for a large guide) */
export function describePrecache({ count, size, onFirstRead }: PrecacheSummary): string {
  const rest = onFirstRead > 0 ? `; ${onFirstRead} more are kept the first time they are read (over ${(PRECACHE_BUDGET_BYTES / 1024 / 1024).toFixed(0)} MB per language)` : '';
  return `precaches ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB${rest}`;
}
