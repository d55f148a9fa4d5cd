/**
 * The guide pages' loader: Astro's `glob()` over `*.md` and `*.mdx`, with MDX pages rendered at content sync
 * like Markdown ones (src/lib/guide-mdx.ts) instead of compiled into one JavaScript module each. A guide
 * page's components take plain values, so nothing is lost, and a large library builds faster in less memory.
 * Everything else is glob's: ids from file names, the schema check naming the file, the dev watcher.
 */
import { glob, type Loader } from 'astro/loaders';
import { GuideMdxError, mdxToMarkdown } from '../lib/guide-mdx';
import { contentError } from '../data/content-error';
import { shownPath, type EntryType, type GlobContext } from './content-errors';

/** The MDX body as Markdown, or a build error naming the file and the line (counted in the whole file). */
function markdownOf(body: string, file: string, contents: string): string {
  try {
    return mdxToMarkdown(body);
  } catch (error) {
    if (!(error instanceof GuideMdxError)) throw error;
    // The body may be trimmed; count lines from where its text starts, in the body and in the whole file.
    const linesBefore = (text: string, at: number) => text.slice(0, Math.max(0, at)).split('\n').length - 1;
    const text = contents.replace(/\r\n/g, '\n');
    const start = body.trim().slice(0, 200);
    const shift = linesBefore(text, text.indexOf(start)) - linesBefore(body, body.indexOf(start));
    const line = error.line === undefined ? undefined : error.line + shift;
    const where = line === undefined ? '' : `line ${line}: `;
    throw contentError(`${file}: ${where}${error.reason}`, 'Fix the page in content/, then build again.');
  }
}

/** `.mdx` read and rendered through Markdown's own entry type, with components as placeholders. */
function mdxAsMarkdown(markdown: EntryType, root: URL): EntryType {
  /** Each body's Markdown, from the check to the page's render: one MDX parse per page, not two. */
  const converted = new Map<string, string>();
  return {
    extensions: ['.mdx'],
    async getEntryInfo(params) {
      const info = await markdown.getEntryInfo(params);
      // Checked here, where an error stops the build (glob only logs an error thrown while rendering).
      converted.set(info.body, markdownOf(info.body, shownPath(root, params.fileUrl), params.contents));
      return info;
    },
    async getRenderFunction(config) {
      const render = await markdown.getRenderFunction!(config);
      return (params) => {
        const body = converted.get(params.body) ?? mdxToMarkdown(params.body);
        converted.delete(params.body);
        return render({ ...params, body });
      };
    },
  };
}

/** Guide pages (`*.md`, `*.mdx`) in `base`. */
export function guidePages({ base }: { base: string }): Loader {
  const inner = glob({ pattern: '*.{md,mdx}', base });
  return {
    name: 'aftercare-guide-pages',
    load: async (context) => {
      const markdown = (context as GlobContext).entryTypes?.get('.md');
      if (!markdown?.getRenderFunction) {
        throw new Error('The guide loader needs the Markdown entry type Astro passes to loaders (src/loaders/guide.ts); this Astro version does not pass it.');
      }
      const entryTypes = new Map((context as GlobContext).entryTypes);
      entryTypes.set('.mdx', mdxAsMarkdown(markdown, context.config.root));
      return inner.load({ ...context, entryTypes } as GlobContext);
    },
  };
}
