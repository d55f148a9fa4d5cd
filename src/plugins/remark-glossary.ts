/**
 * remark plugin: the first time a glossary abbreviation (AHA, RF, SPF...) appears in a page's text, it gets
 * its plain-language meaning in brackets and an <abbr>. Terms come from content/glossary/*.yaml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SKIP, visit } from 'unist-util-visit';
import type { Root, Text, Parent, RootContent } from 'mdast';
import { glossarySchema, type GlossaryData } from '../schemas/glossary';

/** Reads and validates the glossary files, naming the file on a bad entry. */
export function loadGlossary(dir: string): GlossaryData[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((file) => {
      const result = glossarySchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new Error(`${join(dir, file)}: ${issue?.path.join('.') || 'entry'}: ${issue?.message}`);
      }
      return result.data;
    });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Nodes whose text is left alone: headings, links, code and existing abbreviations. */
const SKIPPED = new Set(['heading', 'link', 'inlineCode', 'code', 'html', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

/** A translated page's language (`content/translations/es/guide/...` is Spanish), or undefined for English. */
export const translationLang = (path: string | undefined) => /[\\/]translations[\\/]([a-z]{2})[\\/]/.exec(path ?? '')?.[1];

export default function remarkGlossary(options: { dir: string; translationsDir?: string }) {
  // Abbreviations only (AHA, RF): a bracket after them always reads well. Words (clinician, granuloma) are
  // explained by the writer in prose, and by the data's tables, timeline and handout (src/lib/glossary.ts),
  // since a bracket after a word can break a sentence ("clinician (…)'s advice").
  const abbreviations = (dir: string) => loadGlossary(dir).filter((g) => g.term === g.term.toUpperCase());
  const byLang = new Map<string, GlossaryData[]>();
  // A translated page is explained with its own language's glossary (content/translations/<lang>/glossary).
  const glossaryFor = (lang: string | undefined) => {
    const key = lang ?? '';
    if (!byLang.has(key)) byLang.set(key, abbreviations(lang ? join(options.translationsDir ?? '', lang, 'glossary') : options.dir));
    return byLang.get(key)!;
  };
  return (tree: Root, file?: { path?: string | undefined }) => {
    const pending = new Map(glossaryFor(translationLang(file?.path)).map((g) => [g.term, g]));
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (SKIPPED.has(node.type)) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined || pending.size === 0) return;
      const text = (node as Text).value;
      for (const entry of pending.values()) {
        const match = new RegExp(`\\b${escapeRegExp(entry.term)}\\b`).exec(text);
        if (!match) continue;
        pending.delete(entry.term);
        // Already explained in the same sentence, e.g. "alpha hydroxy acids (AHA)".
        if (text.toLowerCase().includes(entry.expansion.toLowerCase())) continue;
        const before = text.slice(0, match.index);
        const after = text.slice(match.index + entry.term.length);
        // A text node that becomes <abbr title> in HTML (mdast `data.hName`): the same in .md and .mdx pages.
        const abbr: Text = {
          type: 'text',
          value: entry.term,
          data: { hName: 'abbr', hProperties: { title: entry.expansion } },
        };
        const replacement: RootContent[] = [
          ...(before ? [{ type: 'text', value: before } as Text] : []),
          abbr,
          { type: 'text', value: ` (${entry.expansion})${after}` } as Text,
        ];
        parent.children.splice(index, 1, ...(replacement as never[]));
        // Visit the remaining text again for other terms.
        return index + replacement.length - 1;
      }
      return;
    });
  };
}
