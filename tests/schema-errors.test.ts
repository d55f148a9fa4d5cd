/**
 * Content mistakes in the clinic's words (src/lib/schema-errors.ts, src/loaders/content-errors.ts): the file,
 * then each field and what is wrong. Run on a made-up schema and loader, so no build is needed; the content
 * errors tests pin the same wording in real builds.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { issueLines, plainIssueMessages } from '../src/lib/schema-errors';
import { withContentErrors, type EntryType } from '../src/loaders/content-errors';

const schema = z.object({
  label: z.string(),
  category: z.enum(['sun', 'water']),
  windows: z.array(z.object({ lastDay: z.number().int() })),
  siteUrl: z.url({ error: 'siteUrl must be a full web address' }).optional(),
});
const linesFor = (data: unknown) => {
  const result = schema.safeParse(data, { error: plainIssueMessages });
  return result.success ? [] : issueLines(result.error.issues);
};

describe('issueLines with plainIssueMessages', () => {
  it('a missing field, and a missing choice with its allowed values', () => {
    expect(linesFor({ windows: [] })).toEqual(['label: is missing', 'category: is missing: use one of sun, water']);
  });

  it('a number written in words, a value not in the list, a list where a field is expected', () => {
    expect(linesFor({ label: 'Sun', category: 'food', windows: [{ lastDay: 'seven' }] })).toEqual([
      'category: must be one of sun, water, not "food"',
      'windows.0.lastDay: must be a number, like 7, not "seven"',
    ]);
    expect(linesFor({ label: ['a'], category: 'sun', windows: 'none' })).toEqual([
      'label: must be text, not ["a"]',
      'windows: must be a list (one item per line, each starting with "- "), not "none"',
    ]);
  });

  it("keeps a schema's own message", () => {
    expect(linesFor({ label: 'Sun', category: 'sun', windows: [], siteUrl: 'example' })).toEqual(['siteUrl: siteUrl must be a full web address']);
  });
});

describe('withContentErrors', () => {
  const root = new URL('file:///site/');
  const yaml: EntryType = { extensions: ['.yaml'], getEntryInfo: ({ contents }) => ({ body: '', data: contents ? JSON.parse(contents) : undefined }) };
  /** A loader that reads one file the way glob() does: its entry type, then parseData. */
  const oneFile = (contents: string): Loader => ({
    name: 'one-file',
    load: async (context) => {
      const { entryTypes, parseData } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      const { data } = await entryTypes.get('.yaml')!.getEntryInfo({ contents, fileUrl: new URL('content/restrictions/sun.yaml', root) });
      await parseData({ id: 'sun', data, filePath: '/site/content/restrictions/sun.yaml' });
    },
  });
  const load = (contents: string, parsed: unknown[] = []) =>
    withContentErrors(oneFile(contents), schema).load({
      config: { root },
      entryTypes: new Map([['.yaml', yaml]]),
      parseData: async (props: { data: unknown }) => parsed.push(props.data),
    } as unknown as LoaderContext);

  it('names the file, then each field', async () => {
    await expect(load('{"label": "Sun", "category": "food", "windows": []}')).rejects.toThrow(
      'content/restrictions/sun.yaml has a mistake to fix:\n  category: must be one of sun, water, not "food"',
    );
  });

  it('an empty file, or one that holds a list, is named as such', async () => {
    await expect(load('')).rejects.toThrow('content/restrictions/sun.yaml is empty: an entry is a group of fields');
    await expect(load('["a"]')).rejects.toThrow('content/restrictions/sun.yaml holds a list: an entry is a group of fields');
  });

  it("passes a valid entry on to Astro's own check", async () => {
    const parsed: unknown[] = [];
    await load('{"label": "Sun", "category": "sun", "windows": [{"lastDay": 3}]}', parsed);
    expect(parsed).toEqual([{ label: 'Sun', category: 'sun', windows: [{ lastDay: 3 }] }]);
  });
});
