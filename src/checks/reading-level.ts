/**
 * Reading level (unified: remark for MDX, retext-english for sentences, then the Flesch-Kincaid grade from
 * word, sentence and syllable counts). Two views: a guide page's MDX prose (readingLevel), and a built page's
 * whole main text, tables, lists and timeline included (readingLevelOfHtml), so words that come from the
 * data files count too.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import retextEnglish from 'retext-english';
import { toString as mdastToString } from 'mdast-util-to-string';
import { toString as nlcstToString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot, Sentence } from 'nlcst';

/** The highest US school grade a guide page may read at. */
export const MAX_GRADE = 8;

export interface SentenceLevel {
  text: string;
  grade: number;
}

export interface ReadingLevel {
  /** Flesch-Kincaid grade of the page's prose as a whole. */
  grade: number;
  words: number;
  sentences: number;
  /** The hardest sentences, hardest first. */
  hardest: SentenceLevel[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function counts(text: string) {
  const words = text.match(WORD) ?? [];
  return { words: words.length, syllables: words.reduce((sum, w) => sum + syllable(w), 0) };
}

/** The prose of an MDX page: paragraphs and list items, without headings, code or components. */
export function proseOf(mdx: string): string[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(mdx) as MdastRoot;
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'yaml' || node.type === 'code' || node.type.startsWith('mdx')) return 'skip';
    if (node.type === 'paragraph') {
      blocks.push(mdastToString(node).replace(/\s+/g, ' ').trim());
      return 'skip';
    }
    return undefined;
  });
  return blocks.filter(Boolean);
}

/** Splits prose into sentences with retext-english. */
export function sentencesOf(blocks: string[]): string[] {
  const parser = unified().use(retextEnglish);
  return blocks.flatMap((block) => {
    const tree = parser.parse(block) as NlcstRoot;
    const found: string[] = [];
    visit(tree, 'SentenceNode', (node: Sentence) => {
      const text = nlcstToString(node).trim();
      if (counts(text).words > 0) found.push(text);
    });
    return found;
  });
}

/** The reading level of an MDX page. */
export function readingLevel(mdx: string, hardestCount = 3): ReadingLevel {
  return levelOfSentences(sentencesOf(proseOf(mdx)), hardestCount);
}

/** Elements whose text is one block: a sentence ends where it ends, even without a full stop. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'caption', 'summary', 'label', 'legend', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Not read as prose: code, scripts, and what the page marks as not for reading (hidden, citations). */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'code', 'pre', 'cite']);

/**
 * The text blocks of a built page's main content (`<main>`, else `<body>`): paragraphs, list items, table
 * cells, headings. Hidden elements, code and citations (`<cite>`, titles of papers) are left out.
 */
export function proseOfHtml(html: string): string[] {
  const tree = fromHtml(html) as HastRoot;
  let main: Element | undefined;
  let body: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'main' && !main) main = node;
    if (node.tagName === 'body' && !body) body = node;
  });
  const blocks: string[] = [];
  const walk = (nodes: readonly ElementContent[], into: string[]) => {
    for (const node of nodes) {
      if (node.type === 'text') into.push(node.value);
      if (node.type !== 'element') continue;
      const p = node.properties;
      if (SKIPPED_ELEMENTS.has(node.tagName) || p['hidden'] !== undefined || p['ariaHidden'] === 'true') continue;
      if (BLOCKS.has(node.tagName)) {
        const own: string[] = [];
        walk(node.children, own);
        const text = own.join('').replace(/\s+/g, ' ').trim();
        if (text) blocks.push(text);
        into.push(' ');
      } else walk(node.children, into);
    }
  };
  const start = main ?? body;
  if (start) walk(start.children, []);
  // A block that does not end a sentence (a table cell, a heading) still ends one here.
  return blocks.map((b) => (/[.!?:]$/.test(b) ? b : `${b}.`));
}

/** The reading level of a built page's main text. */
export function readingLevelOfHtml(html: string, hardestCount = 3): ReadingLevel {
  return levelOfSentences(sentencesOf(proseOfHtml(html)), hardestCount);
}

function levelOfSentences(sentences: string[], hardestCount: number): ReadingLevel {
  const total = sentences.reduce(
    (acc, s) => {
      const c = counts(s);
      return { words: acc.words + c.words, syllables: acc.syllables + c.syllables };
    },
    { words: 0, syllables: 0 },
  );
  const grade = total.words ? fleschKincaid({ sentence: sentences.length, word: total.words, syllable: total.syllables }) : 0;
  const hardest = sentences
    .map((text) => {
      const c = counts(text);
      return { text, grade: fleschKincaid({ sentence: 1, word: c.words, syllable: c.syllables }) };
    })
    .sort((a, b) => b.grade - a.grade)
    .slice(0, hardestCount);
  return { grade, words: total.words, sentences: sentences.length, hardest };
}
