/**
 * The article suite for search: what patients type, where the first result must take them on the shipped
 * guide (e2e/article-search-queries.ts), and search words in every kind of entry. The browser test of the same
 * queries is e2e/article-search.spec.ts. Left out with ARTICLE_CHECKS=off.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATIENT_QUERIES } from '../e2e/article-search-queries';
import { searchTerms } from '../src/lib/search';
import { CONTENT_DIR } from './helpers/content';
import { entries, ITEM_FOLDERS, keywordsOf, related, targetText, wordsOf } from './helpers/search-entries';

describe('search words in the shipped guide', () => {
  it('are found in every kind of entry', () => {
    for (const folder of [...Object.values(ITEM_FOLDERS), 'procedures', 'guide']) {
      expect(entries.filter((e) => e.name.startsWith(`${folder}/`) && keywordsOf(e).length > 0).length, folder).toBeGreaterThan(0);
    }
  });
});

describe('patient queries (e2e/article-search-queries.ts)', () => {
  it('are enough, and include the words from the issue', () => {
    expect(PATIENT_QUERIES.length).toBeGreaterThanOrEqual(12);
    const queries = PATIENT_QUERIES.map((q) => q.query.toLowerCase());
    for (const word of ['makeup', 'when can i swim', 'retinol', 'sunscreen', 'red skin', 'pus', 'towel', 'water', 'pool', 'gym', 'retinoids', 'acid', 'peeling', 'scab']) {
      expect(queries).toContain(word);
    }
  });

  it('point at pages and items that exist', () => {
    for (const { query, path, hash } of PATIENT_QUERIES) {
      const slug = path.replace(/^\/|\/$/g, '');
      const page = ['md', 'mdx'].map((ext) => join(CONTENT_DIR, 'guide', `${slug}.${ext}`)).find((file) => existsSync(file));
      expect(page, `“${query}”: ${path} is not a guide page`).toBeDefined();
      expect(targetText(path, hash), `“${query}”: nothing at ${path}${hash}`).toBeDefined();
    }
  });

  it('lead to their target through its own words or its search words', () => {
    for (const { query, path, hash } of PATIENT_QUERIES) {
      const terms = searchTerms(query);
      const words = wordsOf(targetText(path, hash) ?? '');
      const found = terms.filter((term) => words.some((word) => related(term, word)));
      expect(found, `“${query}” (${terms.join(', ')}) at ${path}${hash}`).not.toEqual([]);
    }
  });
});
