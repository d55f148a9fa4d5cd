/**
 * Merges a language's words into the English entries: the facts (days, windows, ids, order, sources,
 * evidence) come from the English entry, the words from its translation. Nothing falls back to English: a
 * missing translation file, a missing text field the English entry has, a field the English entry lacks, a
 * different number of steps or different overlaps are problems naming the file and the field. Pure.
 */
import type { ContentProblem } from './content-rules';

/** An entry: its id (file name), its file, and its data. */
export interface WordsEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** A guide page's Markdown or MDX (its words, around the same components as the English page). */
  body?: string | undefined;
}

/** Which English fields are words (replaced by the translation); `keywords` and lists are handled apart. */
export const TEXT_FIELDS = {
  restrictions: ['label', 'reason', 'note', 'clinicRange'],
  routine: ['label', 'productKind', 'instruction', 'note', 'clinicRange'],
  'warning-signs': ['sign', 'action', 'clinicRange'],
  preparation: ['label', 'instruction', 'clinicRange'],
  'expected-effects': ['label', 'description', 'note', 'clinicRange'],
  tips: ['label', 'instruction', 'clinicRange'],
  procedures: ['name', 'shortName', 'summary'],
  glossary: ['term', 'expansion'],
  site: ['siteName', 'shortName', 'tagline', 'treatment', 'disclaimer'],
  sources: ['short'],
  guide: ['title', 'description', 'navLabel'],
} as const;
export type WordsFolder = keyof typeof TEXT_FIELDS;

const isEmpty = (value: unknown) => value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * The English entries with their words replaced by the translation's, and the problems found. `expectedFile`
 * says where a missing translation should be (`content/translations/es/restrictions/sun.yaml`).
 */
export function mergeWords<T extends { id: string; data: object; body?: string | undefined }>(
  folder: WordsFolder,
  english: readonly T[],
  translations: readonly WordsEntry[],
  expectedFile: (id: string) => string,
): { entries: T[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const byId = new Map(translations.map((t) => [t.id, t]));
  const englishIds = new Set(english.map((e) => e.id));
  for (const t of translations) {
    if (!englishIds.has(t.id)) problems.push({ file: t.file, message: `(file): has no English entry with the same name in content/${folder}/; rename or remove it` });
  }
  const entries = english.map((entry) => {
    const words = byId.get(entry.id);
    if (!words) {
      problems.push({ file: expectedFile(entry.id), message: `(file): is missing: translate the English entry "${entry.id}" (content/${folder}/)` });
      return entry;
    }
    const data = { ...(entry.data as Record<string, unknown>) };
    const problem = (field: string, message: string) => problems.push({ file: words.file, message: `${field}: ${message}` });
    for (const field of TEXT_FIELDS[folder]) {
      const has = !isEmpty(data[field]);
      const given = words.data[field];
      if (has && isEmpty(given)) {
        problem(field, 'is missing or empty (the English entry has it)');
        data[field] = ''; // never the English words, even where a caller ignores the problems
      }
      else if (!has && !isEmpty(given)) problem(field, 'the English entry has no such field: remove it');
      else if (has) data[field] = given;
    }
    if ('keywords' in data) data['keywords'] = words.data['keywords'] ?? [];
    if ('forms' in data) data['forms'] = words.data['forms'] ?? [];
    mergeSteps(data, words, problem);
    mergeOverlaps(data, words, problem);
    if (folder === 'guide' && entry.body !== undefined && words.body !== undefined) {
      const prose = (fields: Record<string, unknown>) => TEXT_FIELDS.guide.map((f) => fields[f]).filter((v) => typeof v === 'string').join('\n');
      for (const { field, message } of guideBodyProblems(
        { body: entry.body, words: prose(entry.data as Record<string, unknown>) },
        { body: words.body, words: prose(words.data) },
      )) problem(field, message);
    }
    return { ...entry, data } as T;
  });
  return { entries, problems };
}

/** Numbered steps: the same number as the English, each with words. */
function mergeSteps(data: Record<string, unknown>, words: WordsEntry, problem: (field: string, message: string) => void) {
  const english = data['steps'];
  const given = words.data['steps'];
  if (!Array.isArray(english) || english.length === 0) {
    if (Array.isArray(given) && given.length > 0) problem('steps', 'the English entry has no steps: remove them');
    return;
  }
  if (!Array.isArray(given) || given.length !== english.length) {
    problem('steps', `must list ${english.length} steps, in the English order (found ${Array.isArray(given) ? given.length : 'none'})`);
    return;
  }
  given.forEach((step, i) => isEmpty(step) && problem(`steps.${i}`, 'is empty'));
  data['steps'] = given;
}

/** Declared overlaps: the same `with` ids in the same order, each with its own `which`. */
function mergeOverlaps(data: Record<string, unknown>, words: WordsEntry, problem: (field: string, message: string) => void) {
  const english = (data['overlaps'] ?? []) as { with: string; which: string }[];
  const given = (words.data['overlaps'] ?? []) as { with: string; which: string }[];
  const want = english.map((o) => o.with);
  if (want.join() !== given.map((o) => o.with).join()) {
    if (english.length > 0 || given.length > 0) problem('overlaps', `must have one entry for each English overlap, with: [${want.join(', ')}] in that order`);
    return;
  }
  given.forEach((o, i) => isEmpty(o.which) && problem(`overlaps.${i}.which`, 'is missing or empty'));
  if (english.length > 0) data['overlaps'] = english.map((o, i) => ({ ...o, which: given[i]!.which }));
}

const COMPONENT = /<[A-Z][A-Za-z0-9]*\b[^>]*?\/?>/g;
const HEADING = /^(#{1,6})\s/gm;
const LINK = /\]\(([^)\s]+)\)/g;
const NUMBER = /\d+(?:[.,]\d+)?/g;
const all = (text: string, pattern: RegExp, group = 0) => [...text.matchAll(pattern)].map((m) => m[group]!);
const numbers = (text: string) => new Set(all(text, NUMBER).map((n) => n.replace(',', '.')));

/**
 * What a translated guide page must keep of its English page, so both languages say the same: the same
 * components in the same order (they show the facts: tips, windows, steps), the same heading levels, links to
 * the same pages, and no number the English page does not have (a day typed in prose would be a second answer).
 * `words` is the page's other text (title, description), where the English may have a number the body uses.
 */
export function guideBodyProblems(
  english: { body: string; words: string },
  translated: { body: string; words: string },
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const [tags, translatedTags] = [all(english.body, COMPONENT), all(translated.body, COMPONENT)];
  if (tags.join('\n') !== translatedTags.join('\n')) {
    problems.push({ field: '(components)', message: `must be exactly the English page's, in order:\n    English:    ${tags.join(' ') || '(none)'}\n    translated: ${translatedTags.join(' ') || '(none)'}` });
  }
  const [levels, translatedLevels] = [all(english.body, HEADING, 1), all(translated.body, HEADING, 1)];
  if (levels.join(' ') !== translatedLevels.join(' ')) {
    problems.push({ field: '(headings)', message: `must have the same heading levels in the same order: ${levels.join(' ')}, not ${translatedLevels.join(' ')}` });
  }
  const [links, translatedLinks] = [all(english.body, LINK, 1).sort(), all(translated.body, LINK, 1).sort()];
  if (links.join(' ') !== translatedLinks.join(' ')) {
    problems.push({ field: '(links)', message: `must link to the same pages: ${links.join(', ') || '(none)'}, not ${translatedLinks.join(', ') || '(none)'}` });
  }
  const known = numbers(`${english.body}\n${english.words}`);
  const extra = [...numbers(`${translated.body.replace(COMPONENT, '')}\n${translated.words}`)].filter((n) => !known.has(n)).sort();
  if (extra.length > 0) problems.push({ field: '(body)', message: `types numbers the English page does not: ${extra.join(', ')}` });
  return problems;
}
