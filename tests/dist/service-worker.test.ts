/**
 * The service worker's precache list over the built site: it names every file a reader needs offline, each
 * with the revision of the file as it is now (so `npm run pdf`, which adds PDFs and changes the handout page,
 * must have refreshed it), and nothing from outside the site. Reports the precache's size and file count.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLanguage, keptFor } from '../../src/integrations/service-worker/languages';
import { PRECACHE_BUDGET_BYTES, precacheRank } from '../../src/integrations/service-worker/precache';
import { guideSlugs } from '../../src/integrations/service-worker/build';

const root = join(import.meta.dirname, '../..');
const builds = [join(root, process.env['E2E_DIST'] ?? 'dist'), join(root, 'dist-subpath')].filter((dir) => existsSync(dir));

/** The precache list that Workbox wrote into sw.js. */
function precacheList(dir: string): { url: string; revision: string | null }[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const list = /\[\{"revision":[\s\S]*?\}\]/.exec(sw)?.[0];
  if (!list) throw new Error(`${join(dir, 'sw.js')} has no precache list`);
  return JSON.parse(list);
}

const md5 = (file: string) => createHash('md5').update(readFileSync(file)).digest('hex');

describe.each(builds)('the service worker of %s', (dir) => {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  const list = precacheList(dir);
  const listed = new Set(list.map((entry) => entry.url));

  // Not needed offline: the worker itself, Pagefind's unused files (the wasm is checked below), and the files for
  // search engines (sitemap, robots.txt).
  const needed = files.filter(
    (f) => f !== 'sw.js' && !/^pagefind\/(pagefind-(component-|modular-)?ui\.|pagefind-worker\.js|wasm\.)/.test(f) && !/^(robots\.txt|sitemap-[^/]*\.xml)$/.test(f),
  );
  const sizeOf = (f: string) => statSync(join(dir, f)).size;
  const langs = [...new Set(needed.map(fileLanguage).filter((l): l is string => l !== undefined))];
  const fitsBudget = langs.every((lang) => needed.filter((f) => keptFor(f, lang)).reduce((sum, f) => sum + sizeOf(f), 0) <= PRECACHE_BUDGET_BYTES);

  it('keeps every page, script, icon, PDF and search file of a guide that fits the budget', () => {
    if (!fitsBudget) return;
    expect(needed.filter((f) => !listed.has(f))).toEqual([]);
    const wasm = list.filter((entry) => /^pagefind\/wasm\./.test(entry.url));
    expect(wasm.length).toBeGreaterThan(0);
  });

  it('keeps what every reader needs of a larger guide, and no more than the budget allows', () => {
    if (fitsBudget) return;
    const slugs = guideSlugs(process.env['CONTENT_DIR'] ?? join(root, 'content'));
    expect(needed.filter((f) => precacheRank(f, slugs) <= 1 && !listed.has(f))).toEqual([]);
    for (const lang of langs) {
      const kept = [...listed].filter((f) => keptFor(f, lang));
      const needs = kept.filter((f) => precacheRank(f, slugs) <= 1).reduce((sum, f) => sum + sizeOf(f), 0);
      expect(kept.reduce((sum, f) => sum + sizeOf(f), 0)).toBeLessThanOrEqual(Math.max(PRECACHE_BUDGET_BYTES, needs));
    }
  });

  it('lists each file with its current revision, and only files that exist', () => {
    const stale = list.filter((entry) => !existsSync(join(dir, entry.url)) || (entry.revision !== null && entry.revision !== md5(join(dir, entry.url))));
    expect(stale).toEqual([]);
    expect(list.filter((entry) => /^(\/|[a-z]+:)/i.test(entry.url))).toEqual([]);
  });

  // The budget is the shipped guide's (issue 13); a clinic's larger guide only gets the figure reported.
  // The worker keeps one language's files (sw.js?lang=...): each language's copy has the budget.
  const languages = [...new Set(list.map((entry) => fileLanguage(entry.url)).filter((l): l is string => l !== undefined))];
  it.each(languages)('stays within the budget of 2 MB for the shipped guide in each language (reported): %s', (lang) => {
    const kept = list.filter((entry) => keptFor(entry.url, lang));
    const size = kept.reduce((sum, entry) => sum + statSync(join(dir, entry.url)).size, 0);
    console.log(`${dir} (${lang}): precache ${kept.length} files, ${(size / 1024).toFixed(0)} KB`);
    expect(kept.some((entry) => entry.url === (lang === 'en' ? 'index.html' : `${lang}/index.html`))).toBe(true);
    if (process.env['ARTICLE_CHECKS'] !== 'off') expect(size).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});
