/**
 * Search answers the question asked: a word for a normal effect ("scabs", "peeling", "redness") leads to what
 * is normal, so a warning sign must not claim it as a search word. Warning signs keep their own words (pus,
 * yellow crusts, spreading, fever). Reads the content under test (CONTENT_DIR), so any clinic's content must pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { queryWords } from '../src/lib/search';

const content = resolve(process.env['CONTENT_DIR'] ?? join(import.meta.dirname, '../content'));

function keywordsIn(folder: string): { id: string; keywords: string[] }[] {
  const dir = join(content, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      const data = parse(readFileSync(join(dir, f), 'utf8')) as { keywords?: unknown };
      const keywords = Array.isArray(data?.keywords) ? data.keywords.map(String) : [];
      return { id: f.replace(/\.ya?ml$/, ''), keywords };
    });
}

/** A search word as search compares it: its words, lower case ("Yellow crusts" → "yellow crusts"). */
const normalized = (keyword: string) => queryWords(keyword).join(' ');

describe('search words of warning signs and normal effects', () => {
  const normal = keywordsIn('expected-effects');
  const signs = keywordsIn('warning-signs');

  it('a warning sign claims no search word of a normal effect', () => {
    const normalWords = new Map<string, string>();
    for (const effect of normal) for (const k of effect.keywords) normalWords.set(normalized(k), effect.id);
    const clashes = signs.flatMap((sign) =>
      sign.keywords
        .filter((k) => normalWords.has(normalized(k)))
        .map((k) => `warning sign ${sign.id}: “${k}” is a search word of the normal effect ${normalWords.get(normalized(k))}`),
    );
    expect(clashes).toEqual([]);
  });
});
