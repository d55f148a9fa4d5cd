/**
 * Every guide page of the content under test reads at US grade 8 or below (the site aims for grade 6-8).
 * A failure names the page, its grade and its hardest sentences, so the writer knows what to shorten.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_GRADE, proseOf, proseOfHtml, readingLevel, readingLevelOfHtml, sentencesOf } from '../src/checks/reading-level';
import { CONTENT_DIR } from './helpers/content';

/** The guide pages of the content under test (CONTENT_DIR). */
const guideDir = join(CONTENT_DIR, 'guide');
const pages = readdirSync(guideDir).filter((f) => /\.mdx?$/.test(f));

describe('reading level of the guide pages', () => {
  for (const file of pages) {
    it(`${file} reads at grade ${MAX_GRADE} or below`, () => {
      const level = readingLevel(readFileSync(join(guideDir, file), 'utf8'));
      console.log(`${file}: grade ${level.grade.toFixed(1)} (${level.words} words, ${level.sentences} sentences)`);
      const hardest = level.hardest.map((s) => `  grade ${s.grade.toFixed(1)}: ${s.text}`).join('\n');
      expect(level.words, `${file} has no prose`).toBeGreaterThan(20);
      expect(level.grade, `${file} reads at grade ${level.grade.toFixed(1)}. Hardest sentences:\n${hardest}`).toBeLessThanOrEqual(MAX_GRADE);
    });
  }
});

describe('the reading-level check itself', () => {
  it('reads prose only: no headings, frontmatter or components', () => {
    const blocks = proseOf('---\ntitle: X\n---\n\n## A heading here\n\nYou can swim on day 4.\n\n<Restrictions ids={["aha"]} />\n\n- Wash your hands.\n');
    expect(blocks).toEqual(['You can swim on day 4.', 'Wash your hands.']);
  });

  it('splits sentences', () => {
    expect(sentencesOf(['Wash your face. Pat it dry! Is it red?'])).toHaveLength(3);
  });

  it('fails hard text and names the hardest sentence (a planted fault)', () => {
    const hard =
      'Microneedling-induced transepidermal perforations precipitate inflammatory cytokine cascades, consequently necessitating meticulous postprocedural photoprotection. ' +
      'Wash your face.';
    const level = readingLevel(hard);
    expect(level.grade).toBeGreaterThan(MAX_GRADE);
    expect(level.hardest[0]?.text).toMatch(/^Microneedling-induced/);
  });

  it('passes plain text', () => {
    expect(readingLevel('Wash your face with cool water. Pat it dry. Do not rub.').grade).toBeLessThan(4);
  });

  it('reads a built page’s main text in blocks: cells and items end sentences; hidden text, code and citations are left out', () => {
    const html =
      '<html><body><header><p>Site name</p></header><main><h1>What to avoid</h1>' +
      '<table><tr><th>Direct sun</th><td>through day 3</td></tr></table>' +
      '<ul><li>Wash your hands. <p>Pat dry.</p></li></ul><p hidden>Secret words</p><template><p>Panel</p></template>' +
      '<p><cite>Transepidermal photoprotective considerations</cite></p><script>var x</script></main></body></html>';
    expect(proseOfHtml(html)).toEqual(['What to avoid.', 'Direct sun.', 'through day 3.', 'Pat dry.', 'Wash your hands.']);
  });

  it('fails a built page whose data text is hard (a planted fault)', () => {
    const hard =
      '<main><table><tr><td>Microneedling-induced transepidermal perforations precipitate inflammatory cytokine cascades, ' +
      'consequently necessitating meticulous postprocedural photoprotection.</td></tr></table></main>';
    expect(readingLevelOfHtml(hard).grade).toBeGreaterThan(MAX_GRADE);
  });
});
