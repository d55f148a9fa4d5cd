/**
 * The search words in content/ (the `keywords` of restrictions, routine steps, warning signs, preparation,
 * procedure types and guide pages): clean, searchable, and leading to content that exists. The browser test
 * (e2e/search.spec.ts) checks the ranking; this checks the data without a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PATIENT_QUERIES } from '../e2e/article-search-queries';
import { searchTerms, STOP_WORDS } from '../src/lib/search';

const CONTENT = join(import.meta.dirname, '../content');

interface Entry {
  /** `restrictions/makeup`, `guide/cleansing`. */
  name: string;
  data: Record<string, unknown> & { keywords?: unknown };
  /** The MDX body of a guide page. */
  body?: string;
}

function dataEntries(folder: string): Entry[] {
  return readdirSync(join(CONTENT, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ name: `${folder}/${f.replace(/\.yaml$/, '')}`, data: parse(readFileSync(join(CONTENT, folder, f), 'utf8')) }));
}

function guideEntries(): Entry[] {
  return readdirSync(join(CONTENT, 'guide'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const [, frontmatter = '', ...rest] = readFileSync(join(CONTENT, 'guide', f), 'utf8').split(/^---$/m);
      return { name: `guide/${f.replace(/\.mdx?$/, '')}`, data: parse(frontmatter), body: rest.join('---') };
    });
}

const ITEM_FOLDERS = {
  avoid: 'restrictions',
  routine: 'routine',
  sign: 'warning-signs',
  prepare: 'preparation',
  expect: 'expected-effects',
  tip: 'tips',
} as const;
const entries = [
  ...Object.values(ITEM_FOLDERS).flatMap(dataEntries),
  ...dataEntries('procedures'),
  ...guideEntries(),
];
const byName = new Map(entries.map((e) => [e.name, e]));
const keywordsOf = (entry: Entry) => (Array.isArray(entry.data.keywords) ? (entry.data.keywords as unknown[]) : []);
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/** Same word, or one is the start of the other ("swim" and "swimming", "red" and "redness"). */
const related = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));

/** A heading's anchor, as Astro makes it ("Use clean towels" → "use-clean-towels"). */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-');

/** The text a patient query can match for one target: the item's data, or a guide page's section. */
function targetText(path: string, hash: string): string | undefined {
  const page = byName.get(`guide${path.replace(/\/$/, '')}`);
  const item = /^#(avoid|routine|sign|prepare|expect|tip)-(.+)$/.exec(hash);
  if (item) {
    const entry = byName.get(`${ITEM_FOLDERS[item[1] as keyof typeof ITEM_FOLDERS]}/${item[2]}`);
    return entry && JSON.stringify(entry.data);
  }
  if (!page?.body) return undefined;
  const pageWords = `${String(page.data.title)} ${String(page.data.description)} ${keywordsOf(page).join(' ')}`;
  if (hash === '') return pageWords;
  const sections = page.body.split(/^(?=#{2,3} )/m);
  const section = sections.find((s) => {
    const heading = /^#{2,3} (.+)$/m.exec(s)?.[1];
    return heading !== undefined && `#${slug(heading)}` === hash;
  });
  return section;
}

describe('search words in content/', () => {
  it('are found in every kind of entry', () => {
    for (const folder of [...Object.values(ITEM_FOLDERS), 'procedures', 'guide']) {
      expect(entries.filter((e) => e.name.startsWith(`${folder}/`) && keywordsOf(e).length > 0).length, folder).toBeGreaterThan(0);
    }
  });

  it('are clean: lower case, trimmed, short, not empty, not repeated within an entry', () => {
    const problems: string[] = [];
    for (const entry of entries) {
      const seen = new Set<string>();
      for (const keyword of keywordsOf(entry)) {
        const text = String(keyword);
        if (typeof keyword !== 'string' || text.trim() === '') problems.push(`${entry.name}: empty or not text: ${text}`);
        else if (text !== text.trim()) problems.push(`${entry.name}: spaces around “${text}”`);
        else if (text !== text.toLowerCase()) problems.push(`${entry.name}: “${text}” is not lower case`);
        else if (text.length > 40) problems.push(`${entry.name}: “${text}” is longer than 40 characters`);
        if (seen.has(text.toLowerCase())) problems.push(`${entry.name}: “${text}” twice`);
        seen.add(text.toLowerCase());
      }
    }
    expect(problems).toEqual([]);
  });

  it('can each be searched for: not made only of words search leaves out (“when”, “can”, “how to”)', () => {
    const unsearchable = entries.flatMap((entry) =>
      keywordsOf(entry)
        .map(String)
        .filter((k) => wordsOf(k).every((w) => STOP_WORDS.has(w.replace(/'/g, ''))))
        .map((k) => `${entry.name}: “${k}”`),
    );
    expect(unsearchable).toEqual([]);
  });
});

describe('patient queries (e2e/article-search-queries.ts)', () => {
  it('are enough, and include the words from the issues', () => {
    expect(PATIENT_QUERIES.length).toBeGreaterThanOrEqual(40);
    const queries = PATIENT_QUERIES.map((q) => q.query);
    for (const word of [
      'my skin is peeling', 'itchy skin', 'bleeding dots', 'scabs', 'workout sweat', 'can i go to the gym', 'vitamin a cream',
      'makeup', 'when can i swim', 'retinol', 'sunscreen', 'red skin', 'pus', 'towel', 'water', 'pool', 'gym', 'retinoids', 'acid', 'peeling', 'scab',
    ]) {
      expect(queries).toContain(word);
    }
    expect(new Set(queries).size, 'no query twice').toBe(queries.length);
  });

  it('point at pages and items that exist', () => {
    for (const { query, path, hash } of PATIENT_QUERIES) {
      const slug = path.replace(/^\/|\/$/g, '');
      const page = ['md', 'mdx'].map((ext) => join(CONTENT, 'guide', `${slug}.${ext}`)).find((file) => existsSync(file));
      expect(page, `“${query}”: ${path} is not a guide page`).toBeDefined();
      expect(targetText(path, hash), `“${query}”: nothing at ${path}${hash}`).toBeDefined();
    }
  });

  it('lead to their target through its own words or its search words', () => {
    for (const { query, path, hash } of PATIENT_QUERIES) {
      const terms = searchTerms(query);
      const words = wordsOf(targetText(path, hash) ?? '');
      const found = terms.filter((term) => words.some((word) => related(term, word)));
      expect(found, `“${query}” (${terms.join(', ')}) at ${path}${hash}`).not.toEqual([]);
    }
  });
});
