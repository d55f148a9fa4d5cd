/**
 * Which language a built file belongs to, so the offline copy keeps the reader's language only (the worker is
 * registered as `sw.js?lang=<page language>`): a bilingual site would otherwise store every page twice.
 * English files are the root pages, the English PDFs and Pagefind's `en_` index; another language's are
 * `<lang>/...`, `handout-<lang>-*.pdf` and its Pagefind index. Scripts, styles, icons and the manifest are
 * shared (no language). Pure; used by the worker and by tests.
 */

/** The default language, whose pages live at the site root. */
const DEFAULT = 'en';

/** The language of a precache URL (relative to the site's base), or undefined for a file every language uses. */
export function fileLanguage(url: string): string | undefined {
  const path = url.replace(/^\.?\//, '').split(/[?#]/)[0]!;
  const dir = /^([a-z]{2})\//.exec(path);
  if (dir) return dir[1];
  const pdf = /^handout-(?:([a-z]{2})-)?(?:letter|a4)\.pdf$/.exec(path);
  if (pdf) return pdf[1] ?? DEFAULT;
  const search = /^pagefind\/(?:(?:index|fragment|filter)\/([a-z]{2})_|wasm\.([a-z]{2})\.|pagefind\.([a-z]{2})_)/.exec(path);
  if (search) return search[1] ?? search[2] ?? search[3];
  if (path.endsWith('.html') || path === '') return DEFAULT;
  return undefined;
}

/** Whether a file belongs in the offline copy of a language. */
export const keptFor = (url: string, lang: string) => {
  const of = fileLanguage(url);
  return of === undefined || of === lang;
};
