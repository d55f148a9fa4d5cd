/**
 * Every built page reads at US grade 8 or below: its whole main text, so the tables, lists, timeline and
 * handout that show words from the data files count, not only the guide pages' prose. A failure names the
 * page, its grade and its hardest sentences.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_GRADE, readingLevelOfHtml } from '../../src/checks/reading-level';

const dist = join(import.meta.dirname, '../..', process.env['E2E_DIST'] ?? 'dist');
const pages = existsSync(dist)
  ? readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
      // English pages only: the Spanish ones have their own measure (INFLESZ, tests/dist/spanish.test.ts).
      .filter((f) => /<html lang="en"/.test(readFileSync(join(dist, f), 'utf8')))
  : [];

describe(`reading level of every page in ${relative(process.cwd(), dist) || 'dist'}`, () => {
  it('has pages to check', () => expect(pages.length, 'run `npm run build` first').toBeGreaterThan(0));

  for (const file of pages) {
    it(`${file} reads at grade ${MAX_GRADE} or below`, () => {
      const level = readingLevelOfHtml(readFileSync(join(dist, file), 'utf8'));
      const hardest = level.hardest.map((s) => `  grade ${s.grade.toFixed(1)}: ${s.text}`).join('\n');
      console.log(`${file}: grade ${level.grade.toFixed(1)} (${level.words} words)`);
      expect(level.grade, `${file} reads at grade ${level.grade.toFixed(1)}. Hardest sentences:\n${hardest}`).toBeLessThanOrEqual(MAX_GRADE);
    });
  }
});
