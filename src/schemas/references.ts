/**
 * References between collections that fail the build when they dangle. Astro's `reference()` alone only logs
 * an error for an unknown id; this adds a check against the entries' files, so the schema error names the file
 * and the field (e.g. `windows.1.procedure: unknown procedure type "laser"`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, parse } from 'node:path';
import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** Where each referenced collection's files live, under the content folder. */
const FOLDERS = { sources: 'sources', procedures: 'procedures' } as const;
type Referable = keyof typeof FOLDERS;

/** Plain names for messages. */
const NAMES: Record<Referable, string> = { sources: 'source', procedures: 'procedure type' };

/** The content folder (CONTENT_DIR lets tests build small fixtures). */
export const contentDir = () => process.env['CONTENT_DIR'] ?? './content';

/** The ids (file names without extension) of a collection's entries. */
export function idsOf(collection: Referable): string[] {
  const dir = join(contentDir(), FOLDERS[collection]);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => parse(f).name);
}

/** `reference(collection)` plus a check that the entry exists. */
export function checkedReference(collection: Referable) {
  return reference(collection).refine((ref) => idsOf(collection).includes(ref.id), {
    error: (issue) => {
      const id = (issue.input as { id?: string } | undefined)?.id ?? String(issue.input);
      return `unknown ${NAMES[collection]} "${id}". Known: ${idsOf(collection).join(', ')}`;
    },
  });
}

/**
 * Procedure types an entry does not apply to, on purpose. Leaving a type out any other way is a build
 * error, so a new procedure type never silently loses a restriction, a routine step or a warning sign.
 */
export const notFor = z.array(checkedReference('procedures')).default([]);
