/**
 * The Spanish site as built (dist/es/), when the content publishes Spanish (site.yaml `languages`): every page
 * is in Spanish with a Spanish heading and links to its English twin (hreflang), no English sentence from the
 * content or the English UI dictionary shows up, and every page reads at INFLESZ 55 or above (naming the 3
 * hardest sentences on failure). Skipped for an English-only site.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { CONTENT_DIR } from '../helpers/content';
import { siteLanguages } from '../../src/i18n/languages';
import { en } from '../../src/i18n/en';
import { proseOfHtml, sentencesOf } from '../../src/checks/reading-level';
import { hardestSentences, inflesz, MIN_INFLESZ } from '../../src/lib/inflesz';

const dist = join(import.meta.dirname, '../..', process.env['E2E_DIST'] ?? 'dist');
const spanish = siteLanguages(CONTENT_DIR).includes('es');
const pages = spanish && existsSync(join(dist, 'es'))
  ? readdirSync(join(dist, 'es'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => `es/${f}`)
  : [];

/** The words fields of each English content folder: what a Spanish page must never show in English. */
const ENGLISH_FIELDS: Record<string, string[]> = {
  restrictions: ['label', 'reason', 'note'],
  routine: ['label', 'productKind', 'instruction', 'steps', 'note'],
  'warning-signs': ['sign', 'action'],
  preparation: ['label', 'instruction'],
  'expected-effects': ['label', 'description', 'note'],
  tips: ['label', 'instruction'],
  procedures: ['name', 'summary'],
  site: ['tagline', 'disclaimer'],
};

/** English sentences of at least three words (shorter ones, "Alcohol", can be Spanish too). */
const longEnough = (text: string) => text.trim().split(/\s+/).length >= 3;

function englishContentTexts(): string[] {
  return Object.entries(ENGLISH_FIELDS).flatMap(([folder, fields]) => {
    const dir = join(CONTENT_DIR, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).flatMap((f) => {
      const data = parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
      return fields.flatMap((field) => [data[field]].flat()).filter((v): v is string => typeof v === 'string');
    });
  });
}

/** The English UI dictionary's sentences (strings with a place to fill are cut at the place). */
function englishUiTexts(value: unknown = en): string[] {
  if (typeof value === 'string') return value.split(/\{\w+\}/).map((s) => s.trim());
  if (typeof value === 'function') return [];
  if (value && typeof value === 'object') return Object.values(value).flatMap((v) => englishUiTexts(v));
  return [];
}

/** What a reader sees of a page: all text, without scripts, the language switch (it names English in English on purpose) and citations of English sources. */
function visibleText(tree: Root): string {
  let text = '';
  const skip = (el: Element) =>
    ['script', 'style', 'template', 'cite'].includes(el.tagName) ||
    el.properties['dataLanguageSwitch'] !== undefined ||
    String(el.properties['lang'] ?? '') === 'en';
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') text += `${child.value} `;
      else if (child.type === 'element' && !skip(child)) walk(child);
    }
  };
  walk(tree);
  return text.replace(/\s+/g, ' ');
}

const h1Of = (tree: Root) => {
  let h1 = '';
  visit(tree, 'element', (el: Element) => {
    if (el.tagName === 'h1' && !h1) h1 = visibleText({ type: 'root', children: [el] }).trim();
  });
  return h1;
};

describe.skipIf(!spanish)('the Spanish site (dist/es/)', () => {
  const english = [...new Set([...englishContentTexts(), ...englishUiTexts()].filter(longEnough))];

  it('has a Spanish page for every English page', () => {
    const englishPages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && !/^(es|pagefind)\//.test(f) && f !== '404.html');
    const missing = englishPages.filter((f) => !existsSync(join(dist, 'es', f)));
    expect(missing).toEqual([]);
  });

  for (const file of pages) {
    describe(file, () => {
      const html = readFileSync(join(dist, file), 'utf8');
      const tree = fromHtml(html);

      it('is marked Spanish, with a Spanish heading and hreflang links to both languages', () => {
        expect(html).toMatch(/<html lang="es"/);
        const heading = h1Of(tree);
        expect(heading.length).toBeGreaterThan(0);
        const twin = join(dist, file.replace(/^es\//, ''));
        if (existsSync(twin)) expect(heading).not.toBe(h1Of(fromHtml(readFileSync(twin, 'utf8'))));
        if (!file.includes('404')) {
          expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]+"/);
          expect(html).toMatch(/<link rel="alternate" hreflang="es" href="[^"]*\/es\/[^"]*"/);
          expect(html).toMatch(/<link rel="alternate" hreflang="x-default"/);
          // Full addresses: search engines ignore relative hreflang links.
          expect(html).not.toMatch(/hreflang="[a-z-]+" href="\//);
        }
      });

      it('shows no English sentence from the content or the English UI', () => {
        const text = visibleText(tree);
        expect(english.filter((sentence) => text.includes(sentence))).toEqual([]);
      });

      it(`reads at INFLESZ ${MIN_INFLESZ} or above`, () => {
        const sentences = sentencesOf(proseOfHtml(html));
        const { score, words } = inflesz(sentences);
        const hardest = hardestSentences(sentences).map((s) => `  ${s.score.toFixed(0)}: ${s.text}`).join('\n');
        console.log(`${file}: INFLESZ ${score.toFixed(1)} (${words} words)`);
        expect(score, `${file} reads at INFLESZ ${score.toFixed(1)}. Hardest sentences:\n${hardest}`).toBeGreaterThanOrEqual(MIN_INFLESZ);
      });
    });
  }
});
