/**
 * The one frontmatter reader for guide pages outside Astro's collections (the review gate, tests, e2e):
 * the YAML between the opening and closing `---`, with Windows line endings and a byte-order mark handled
 * like Astro does. YAML 1.2 core schema, so `2026-11-20` stays the string it was written as (never a Date
 * in some time zone). Pure: callers read the file.
 */
import { parse } from 'yaml';

/** Opening `---`, the YAML, closing `---` (after an optional BOM; `\n` or `\r\n` line endings). */
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface Frontmatter {
  /** The frontmatter's fields (an empty object when the page has none). */
  data: Record<string, unknown>;
  /** The page text after the frontmatter, with `\n` line endings. */
  body: string;
}

/** Splits a page into its frontmatter fields and its body. Throws (with the YAML error) on broken YAML. */
export function readFrontmatter(text: string): Frontmatter {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n') };
  const parsed: unknown = parse(match[1]!.replace(/\r\n/g, '\n'));
  const data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, body: text.slice(match[0].length).replace(/\r\n/g, '\n') };
}
