/** The glossary plugin explains a term the same way in plain Markdown (.md) and MDX (.mdx) guide pages. */
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Root, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkGlossary, { loadGlossary } from '../src/plugins/remark-glossary';

const dir = join(process.env['CONTENT_DIR'] ?? join(import.meta.dirname, '../content'), 'glossary');
const [term] = loadGlossary(dir);

function explained(source: string, mdx: boolean) {
  const parser = mdx ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
  const tree = parser.parse(source) as Root;
  remarkGlossary({ dir })(tree);
  const abbrs: Text[] = [];
  visit(tree, 'text', (node: Text) => {
    if ((node.data as { hName?: string } | undefined)?.hName === 'abbr') abbrs.push(node);
  });
  return abbrs;
}

describe.runIf(term)('remark-glossary', () => {
  const t = term!;
  const source = `## ${t.term} in a heading\n\nUse ${t.term} with care. Then ${t.term} again.\n`;

  for (const mdx of [false, true]) {
    it(`marks the first use in the text as <abbr title> (${mdx ? '.mdx' : '.md'})`, () => {
      const abbrs = explained(source, mdx);
      expect(abbrs).toHaveLength(1);
      expect(abbrs[0]).toMatchObject({ value: t.term, data: { hName: 'abbr', hProperties: { title: t.expansion } } });
    });
  }
});
