/**
 * The search words in the content under test (the `keywords` of restrictions, routine steps, warning signs,
 * preparation, procedure types and guide pages): clean and searchable. The patient queries of the shipped
 * guide are checked in tests/article-search-queries.test.ts; the ranking in the browser (e2e/search.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from '../src/lib/search';
import { entries, ITEM_FOLDERS, keywordsOf, wordsOf } from './helpers/search-entries';

describe('search words: coverage', () => {
  it('are found in every kind of entry the content has', () => {
    for (const folder of [...Object.values(ITEM_FOLDERS), 'procedures', 'guide']) {
      const ofKind = entries.filter((e) => e.name.startsWith(`${folder}/`));
      if (ofKind.length === 0) continue;
      expect(ofKind.filter((e) => keywordsOf(e).length > 0).length, folder).toBeGreaterThan(0);
    }
  });
});

describe('search words in the content', () => {
  it('are clean: lower case, trimmed, short, not empty, not repeated within an entry', () => {
    const problems: string[] = [];
    for (const entry of entries) {
      const seen = new Set<string>();
      for (const keyword of keywordsOf(entry)) {
        const text = String(keyword);
        if (typeof keyword !== 'string' || text.trim() === '') problems.push(`${entry.name}: empty or not text: ${text}`);
        else if (text !== text.trim()) problems.push(`${entry.name}: spaces around “${text}”`);
        else if (text !== text.toLowerCase()) problems.push(`${entry.name}: “${text}” is not lower case`);
        else if (text.length > 40) problems.push(`${entry.name}: “${text}” is longer than 40 characters`);
        if (seen.has(text.toLowerCase())) problems.push(`${entry.name}: “${text}” twice`);
        seen.add(text.toLowerCase());
      }
    }
    expect(problems).toEqual([]);
  });

  it('can each be searched for: not made only of words search leaves out (“when”, “can”, “how to”)', () => {
    const unsearchable = entries.flatMap((entry) =>
      keywordsOf(entry)
        .map(String)
        .filter((k) => wordsOf(k).every((w) => STOP_WORDS.has(w.replace(/'/g, ''))))
        .map((k) => `${entry.name}: “${k}”`),
    );
    expect(unsearchable).toEqual([]);
  });
});
