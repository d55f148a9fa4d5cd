/**
 * Reading level of the guide pages' prose (unified: remark for MDX, retext-english for sentences, then the
 * Flesch-Kincaid grade from word, sentence and syllable counts). Component output (tables and lists that
 * come from the data files) is checked where it is written: the data files are short, plain sentences.
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
  const sentences = sentencesOf(proseOf(mdx));
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
