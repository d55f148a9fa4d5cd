/**
 * A content file's schema errors in a clinic's words: one line per field, `path: what is wrong`. Zod's own
 * checks get plain messages (a field that is missing, a number written in words, a value not in the list);
 * messages the schemas write themselves (a `.refine`, an `error` option) are kept as written, since a
 * schema's own message wins over a parse's error map.
 */
import type { z } from 'astro/zod';

/** A value as the clinic wrote it, short, for "not ..." in a message. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** What a field of each type looks like in YAML, for "must be ...". */
const EXPECTED: Record<string, string> = {
  number: 'a number, like 7',
  int: 'a whole number, like 7',
  string: 'text',
  boolean: 'true or false',
  array: 'a list (one item per line, each starting with "- ")',
  object: 'a group of fields',
  date: 'a date like 2026-11-01',
};

/** The parse's error map: plain messages for Zod's own checks, nothing (Zod's default) for the rest. */
export const plainIssueMessages: z.core.$ZodErrorMap = (issue) => {
  const values = issue.code === 'invalid_value' ? issue.values.map((v) => String(v)).join(', ') : undefined;
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return values ? `is missing: use one of ${values}` : 'is missing';
  }
  if (issue.code === 'invalid_type') return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${shown(issue.input)}`;
  if (issue.code === 'invalid_value') return `must be one of ${values}, not ${shown(issue.input)}`;
  return undefined;
};

/** One line per problem: the field's path (`windows.0.lastDay`), then what is wrong. */
export function issueLines(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
