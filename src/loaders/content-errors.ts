/**
 * Any content loader, with its files' mistakes named the way a clinic can fix them: the file first, then one
 * line per field in plain words (src/lib/schema-errors.ts). Astro's own messages for the same mistakes name
 * the collection and entry, not the file, garble the field ("lastDay**: **lastDay"), say "Invalid option"
 * for a missing field, add a hint about browser APIs to any error that mentions `windows`, and stop on an
 * empty file with "Cannot read properties of undefined (reading 'slug')".
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import { isAbsolute, relative } from 'node:path';
import { contentError } from '../data/content-error';
import { issueLines, plainIssueMessages } from '../lib/schema-errors';

/** What a loader reads per file extension: not in LoaderContext's public type, but passed to every loader. */
export interface EntryType {
  extensions: string[];
  getEntryInfo(params: { fileUrl: URL; contents: string }): { body: string; data: Record<string, unknown> } | Promise<{ body: string; data: Record<string, unknown> }>;
  getRenderFunction?(config: unknown): Promise<(params: { body: string; filePath?: string }) => Promise<unknown>>;
}
export type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** A file as the clinic knows it: `content/guide/x.mdx` inside the project, the full path outside it. */
export function shownPath(root: URL, file: URL | string): string {
  const absolute = typeof file === 'string' ? file : fileURLToPath(file);
  const path = relative(fileURLToPath(root), absolute);
  return path.startsWith('..') || isAbsolute(path) ? absolute : path;
}

const HINT = 'Fix the fields named above in that file, then build again. What each field holds: src/schemas/ (a comment on every field).';

/** A data file (YAML, JSON) must hold a group of fields: an empty file, a list or a lone value is named as such. */
function checkedDataType(type: EntryType, root: URL): EntryType {
  return {
    ...type,
    async getEntryInfo(params) {
      const info = await type.getEntryInfo(params);
      const data: unknown = info.data;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        const what = data === undefined || data === null ? 'is empty' : Array.isArray(data) ? 'holds a list' : 'holds a single value';
        throw contentError(
          `${shownPath(root, params.fileUrl)} ${what}: an entry is a group of fields, like the other files in its folder.`,
          'Fill it in with the fields the other files in its folder have (each is described in src/schemas/), or delete the file.',
        );
      }
      return info;
    },
  };
}

/** `inner`, with each entry checked against `schema` first, so a mistake stops the build in the clinic's words. */
export function withContentErrors(inner: Loader, schema: z.ZodType): Loader {
  return {
    name: inner.name,
    load: async (context) => {
      const root = context.config.root;
      const entryTypes = new Map((context as GlobContext).entryTypes);
      for (const [ext, type] of entryTypes) if (['.yaml', '.yml', '.json'].includes(ext)) entryTypes.set(ext, checkedDataType(type, root));
      const parseData: LoaderContext['parseData'] = async (props) => {
        const result = await schema.safeParseAsync(props.data, { error: plainIssueMessages });
        if (!result.success) {
          const lines = issueLines(result.error.issues);
          const file = props.filePath ? shownPath(root, props.filePath) : props.id;
          throw contentError(`${file} has ${lines.length === 1 ? 'a mistake' : `${lines.length} mistakes`} to fix:\n  ${lines.join('\n  ')}`, HINT);
        }
        return context.parseData(props);
      };
      return inner.load({ ...context, parseData, entryTypes } as GlobContext);
    },
  };
}
