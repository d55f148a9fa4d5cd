/**
 * What patients read on every built page: the advice says how strong its evidence is, and patient text never
 * points at "the source" (the comparison with the original article lives on the sources page: the page that
 * lists the sources). Generic: reads whatever dist/ holds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

const dist = join(import.meta.dirname, '../..', process.env['E2E_DIST'] ?? 'dist');
const pages = existsSync(dist)
  ? readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ path: relative(dist, join(dist, f)), tree: fromHtml(readFileSync(join(dist, f), 'utf8')) }))
  : [];

const elements = (tree: Root, test: (el: Element) => boolean) => {
  const found: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    if (test(el)) found.push(el);
  });
  return found;
};
/** All text under a node (what a reader sees, roughly). */
const textOf = (node: Element): string => {
  let text = '';
  visit(node, 'text', (t: { value: string }) => {
    text += `${t.value} `;
  });
  return text;
};
const classes = (el: Element) => String(el.properties['className'] ?? '').split(/[\s,]+/);
const main = (tree: Root) => elements(tree, (el) => el.tagName === 'main')[0];

/** Advice items as the content components render them: `<li id="avoid-…">`, `routine-`, `tip-`, `expect-`, `prepare-`, `sign-`. */
const ADVICE_ITEM = /^(avoid|routine|tip|expect|prepare|sign)-/;

describe('patient text in dist/', () => {
  it('has pages to check', () => {
    expect(pages.length, 'run `npm run build` first').toBeGreaterThan(0);
  });

  it('never says "the source says" outside the sources page', () => {
    const offending = pages.flatMap(({ path, tree }) => {
      const isSourcesPage = elements(tree, (el) => el.tagName === 'ol' && classes(el).includes('sources')).length > 0;
      const body = main(tree);
      if (isSourcesPage || !body) return [];
      const text = textOf(body).replace(/\s+/g, ' ');
      const hits = text.match(/[^.]*\b(the source( post)?|the post)\b (says|said|suggests|lists|tells|gives|claims|has)[^.]*\./gi) ?? [];
      const post = text.match(/[^.]*\bsource post\b[^.]*\./gi) ?? [];
      return [...hits, ...post].map((sentence) => `${path}: ${sentence.trim()}`);
    });
    expect(offending).toEqual([]);
  });

  it('keeps a space after the end of every sentence (a line break before a {value} in a template drops it)', () => {
    const joined: string[] = [];
    for (const { path, tree } of pages) {
      visit(tree, 'text', (t: { value: string }) => {
        // "2026.Avoid", or a text that starts right after an element: "</a>.Add it ..."
        for (const m of t.value.matchAll(/(?:^|[a-záéíóúñ)])[.!?][A-ZÁÉÍÓÚÑ¿¡][a-záéíóúñ]/g)) {
          joined.push(`${path}: ${t.value.slice(Math.max(0, m.index - 20), m.index + 20)}`);
        }
      });
    }
    expect(joined).toEqual([]);
  });

  it('never prints a placeholder as a reviewer', () => {
    const offending = pages.filter(({ tree }) => {
      const body = main(tree);
      return body !== undefined && /placeholder/i.test(textOf(body));
    });
    expect(offending.map((p) => p.path)).toEqual([]);
  });

  it('shows the evidence level with every piece of advice', () => {
    const missing = pages.flatMap(({ path, tree }) =>
      elements(tree, (el) => el.tagName === 'li' && ADVICE_ITEM.test(String(el.properties['id'] ?? '')))
        .filter((li) => elements({ type: 'root', children: [li] }, (el) => el.properties['dataEvidence'] !== undefined).length === 0)
        .map((li) => `${path}#${String(li.properties['id'])}`),
    );
    const items = pages.flatMap(({ tree }) => elements(tree, (el) => el.tagName === 'li' && ADVICE_ITEM.test(String(el.properties['id'] ?? ''))));
    expect(items.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
