/**
 * What the offline copy keeps up front. A guide that fits the budget is kept whole, as soon as the reader's
 * first visit ends. A larger one (a clinic group's library) would make every reader's phone download all of
 * it, so it keeps, in this order and while the budget allows: the files every page needs, the pages that are
 * not guide pages (home, timeline, handout, avoid table, search...), search itself, then guide pages, the
 * search index and the PDFs. The rest is kept the first time it is read (the worker's runtime routes).
 * Budgets are per language, since the worker keeps one language (./languages.ts). Pure; used by ./build.ts.
 */
import { fileLanguage } from './languages.ts';

/** Most one language's offline copy keeps up front, shared files included. */
export const PRECACHE_BUDGET_BYTES = 3 * 1024 * 1024;

export interface PrecacheFile {
  /** The file, relative to the site's root (`avoid/index.html`). */
  url: string;
  /** Its size in bytes. */
  size: number;
}

/** Keep first (0) to last (4): page assets, other pages and search's own files, guide pages, search index, PDFs. */
export function precacheRank(url: string, guideSlugs: ReadonlySet<string>): number {
  const page = /^(?:[a-z]{2}\/)?([^/]+)\/index\.html$/.exec(url);
  if (page) return guideSlugs.has(page[1]!) ? 2 : 1;
  if (/^pagefind\/(index|fragment|filter)\//.test(url)) return 3;
  if (url.endsWith('.pdf')) return 4;
  if (url.startsWith('pagefind/')) return 1;
  return 0;
}

/**
 * The files to keep up front: all of them when each language's copy fits `budget`; otherwise, per language,
 * the shared files and then that language's files by rank (in order of URL within a rank) while they fit.
 */
export function choosePrecache(files: readonly PrecacheFile[], guideSlugs: ReadonlySet<string>, budget = PRECACHE_BUDGET_BYTES): Set<string> {
  const ranked = [...files].sort((a, b) => precacheRank(a.url, guideSlugs) - precacheRank(b.url, guideSlugs) || a.url.localeCompare(b.url));
  const shared = ranked.filter((f) => fileLanguage(f.url) === undefined);
  const languages = [...new Set(files.map((f) => fileLanguage(f.url)).filter((l): l is string => l !== undefined))];
  const kept = new Set<string>();
  let sharedSize = 0;
  for (const file of shared) {
    if (sharedSize + file.size > budget && precacheRank(file.url, guideSlugs) > 1) continue;
    sharedSize += file.size;
    kept.add(file.url);
  }
  for (const lang of languages) {
    let size = sharedSize;
    for (const file of ranked.filter((f) => fileLanguage(f.url) === lang)) {
      // What every reader needs (ranks 0 and 1) is kept even past the budget: the guide and search must open offline.
      if (size + file.size > budget && precacheRank(file.url, guideSlugs) > 1) continue;
      size += file.size;
      kept.add(file.url);
    }
  }
  return kept;
}
