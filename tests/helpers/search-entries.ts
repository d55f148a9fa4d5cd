/**
 * The entries of the content under test (CONTENT_DIR) that carry search words, and what a query can match for
 * a search target: shared by the search-word checks (generic) and the patient-query checks (article).
 */
import { readFolder, guidePages } from './content';

export interface Entry {
  /** `restrictions/makeup`, `guide/cleansing`. */
  name: string;
  data: Record<string, unknown> & { keywords?: unknown };
  /** The MDX body of a guide page. */
  body?: string;
}

function dataEntries(folder: string): Entry[] {
  return readFolder<Record<string, unknown>>(folder).map(({ id, ...data }) => ({ name: `${folder}/${id}`, data }));
}

function guideEntries(): Entry[] {
  return guidePages().map((p) => ({ name: `guide/${p.slug}`, data: p.data, body: p.body }));
}

export const ITEM_FOLDERS = {
  avoid: 'restrictions',
  routine: 'routine',
  sign: 'warning-signs',
  prepare: 'preparation',
  expect: 'expected-effects',
  tip: 'tips',
} as const;
export const entries = [
  ...Object.values(ITEM_FOLDERS).flatMap(dataEntries),
  ...dataEntries('procedures'),
  ...guideEntries(),
];
const byName = new Map(entries.map((e) => [e.name, e]));
export const keywordsOf = (entry: Entry) => (Array.isArray(entry.data.keywords) ? (entry.data.keywords as unknown[]) : []);
export const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/** Same word, or one is the start of the other ("swim" and "swimming", "red" and "redness"). */
export const related = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));

/** A heading's anchor, as Astro makes it ("Use clean towels" → "use-clean-towels"). */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-');

/** The text a patient query can match for one target: the item's data, or a guide page's section. */
export function targetText(path: string, hash: string): string | undefined {
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
