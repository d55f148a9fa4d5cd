/**
 * Reads the content collections once and hands pages, the timeline island and the handout the same data,
 * sorted, with references flattened to ids. Build-time only (imports astro:content). Before any of it is
 * used, the rules across entries (src/lib/content-rules.ts) are checked: a problem stops the build with a
 * message naming the files, not a stack trace.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PlanData, PlanText } from '../lib/plan';
import type { ExpectedEffect } from '../lib/expected';
import { byDayThenOrder, byOrder, toPlanData, toPlanText, type PlanEntries } from '../lib/plan-input';
import { contentProblems, formatProblems, type RuleContent } from '../lib/content-rules';
import { contentError } from './content-error';
import { GUIDE_SECTIONS, GUIDE_SECTION_LABELS } from '../schemas/vocabulary';
import { buildGuideNav, bySlug } from '../lib/nav';
import { overlapProblems } from '../lib/overlaps';
import { mergeWords, type WordsEntry, type WordsFolder } from '../lib/translate';
import { contentDir } from '../schemas/references';
import { DEFAULT_LOCALE, type Locale } from '../schemas/vocabulary';
import { siteLanguages } from '../i18n/languages';
import { ui } from '../i18n';

/**
 * Reads (and sorts) a collection once per build: every page asks, and re-reading a 1,000-page collection for
 * each of 1,000 pages made the build quadratic. `astro dev` reads afresh each time, so content edits show.
 */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? read() : (cached ??= read()));
}

/** `once`, per language: each language's data is read (and translated) once per build. */
function oncePerLang<T>(read: (lang: Locale) => Promise<T>): (lang?: Locale) => Promise<T> {
  const cache = new Map<Locale, Promise<T>>();
  return (lang = DEFAULT_LOCALE) => {
    if (import.meta.env.DEV) return read(lang);
    if (!cache.has(lang)) cache.set(lang, read(lang));
    return cache.get(lang)!;
  };
}

/** The languages the content publishes (site.yaml `languages`), English first. */
export const languages = (): Locale[] => siteLanguages(contentDir());

/** The Spanish words' collection for each content folder. */
const SPANISH = {
  restrictions: 'esRestrictions',
  routine: 'esRoutine',
  'warning-signs': 'esWarningSigns',
  preparation: 'esPreparation',
  'expected-effects': 'esExpectedEffects',
  tips: 'esTips',
  procedures: 'esProcedures',
  glossary: 'esGlossary',
  site: 'esSite',
  sources: 'esSources',
  guide: 'esGuide',
} as const satisfies Record<WordsFolder, string>;

/** The content folder as the clinic names it (`content`, or the CONTENT_DIR it set). */
const shownContentDir = () => contentDir().replace(/^\.\//, '').replace(/\/$/, '');

/** The command that lists a translation's problems before a build, for the content being built. */
const checkTranslationsCommand = (lang?: Locale) =>
  `python3 scripts/check-translations.py${lang ? ` ${lang}` : ''}${shownContentDir() === 'content' ? '' : ` --content ${shownContentDir()}`}`;

/** A translation's file, as the clinic sees it. */
const wordsFile = (lang: Locale, folder: WordsFolder, id: string, ext = 'yaml') => `${shownContentDir()}/translations/${lang}/${folder}/${id}.${ext}`;

/** One folder's translated words, as plain entries with their files. */
async function wordsOf(lang: Locale, folder: WordsFolder): Promise<WordsEntry[]> {
  if (lang === DEFAULT_LOCALE) return [];
  const entries = await getCollection(SPANISH[folder]);
  return entries.map((e) => ({ id: e.id, file: e.filePath ?? wordsFile(lang, folder, e.id), data: e.data as Record<string, unknown>, body: 'body' in e ? e.body : undefined }));
}

/**
 * English entries with their words in `lang` (English as they are). A missing or empty translation stops the
 * build naming the file and the field: nothing falls back to English.
 */
async function inLanguage<T extends { id: string; data: object }>(lang: Locale, folder: WordsFolder, english: readonly T[]): Promise<T[]> {
  if (lang === DEFAULT_LOCALE) return [...english];
  const ext = (id: string) => (folder === 'guide' ? (english.find((e) => e.id === id) as { filePath?: string } | undefined)?.filePath?.split('.').pop() ?? 'mdx' : 'yaml');
  const { entries, problems } = mergeWords(folder, english, await wordsOf(lang, folder), (id) => wordsFile(lang, folder, id, ext(id)));
  if (problems.length > 0) {
    throw contentError(
      `${formatProblems(problems).replace('The content has', `The ${lang} translation has`)}`,
      `Fix these files in ${shownContentDir()}/translations/${lang}/ (${checkTranslationsCommand(lang)} lists them too), then build again. Nothing may fall back to English.`,
    );
  }
  return entries;
}

/** Every translated folder checked at once, so one build names every missing or empty translation. */
const checkTranslations = once(async () => {
  const problems: string[] = [];
  for (const lang of languages().filter((l) => l !== DEFAULT_LOCALE)) {
    const folders: [WordsFolder, () => Promise<{ id: string; data: object }[]>][] = [
      ['restrictions', () => getCollection('restrictions')],
      ['routine', () => getCollection('routine')],
      ['warning-signs', () => getCollection('warningSigns')],
      ['preparation', () => getCollection('preparation')],
      ['expected-effects', () => getCollection('expectedEffects')],
      ['tips', () => getCollection('tips')],
      ['procedures', () => getCollection('procedures')],
      ['glossary', () => getCollection('glossary')],
      ['site', () => getCollection('site')],
      ['sources', () => getCollection('sources')],
      ['guide', () => getCollection('guide')],
    ];
    for (const [folder, read] of folders) {
      try {
        await inLanguage(lang, folder, await read());
      } catch (error) {
        problems.push(...String((error as Error).message).split('\n').slice(1));
      }
    }
  }
  if (problems.length > 0) {
    throw contentError(
      `The translations have ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} to fix:\n${problems.join('\n')}`,
      `Fix these files in ${shownContentDir()}/translations/ (${checkTranslationsCommand()} lists them too), then build again. Nothing may fall back to English.`,
    );
  }
});

/** How many lines of a page's file come before its body (0 when it cannot tell). */
function linesBefore(filePath: string | undefined, body: string | undefined): number {
  if (!filePath || !body) return 0;
  const raw = readFileSync(filePath, 'utf8').replace(/\r\n/g, '\n');
  const at = raw.indexOf(body);
  return at > 0 ? raw.slice(0, at).split('\n').length - 1 : 0;
}

/** Fails the build, naming the files, when the content breaks a rule across entries (checked once). */
export const checkContentRules = once(async () => {
  const [procedures, restrictions, routine, warningSigns, preparation, expectedEffects, tips, guide] = await Promise.all([
    getCollection('procedures'),
    getCollection('restrictions'),
    getCollection('routine'),
    getCollection('warningSigns'),
    getCollection('preparation'),
    getCollection('expectedEffects'),
    getCollection('tips'),
    getCollection('guide'),
  ]);
  const file = (e: { id: string; filePath?: string | undefined }, folder: string) => e.filePath ?? `${folder}/${e.id}`;
  const content: RuleContent = {
    procedures: procedures.map((e) => ({ id: e.id, file: file(e, 'procedures'), recoveryThroughDay: e.data.recoveryThroughDay })),
    restrictions: restrictions.map((e) => ({
      id: e.id,
      file: file(e, 'restrictions'),
      category: e.data.category,
      windows: e.data.windows.map((w) => ({ procedure: w.procedure.id, firstDay: w.firstDay, lastDay: w.lastDay })),
      notFor: e.data.notFor.map((p) => p.id),
      afterwards: e.data.afterwards,
    })),
    routine: routine.map((e) => ({ id: e.id, file: file(e, 'routine') })),
    warningSigns: warningSigns.map((e) => ({ id: e.id, file: file(e, 'warning-signs'), tier: e.data.tier })),
    preparation: preparation.map((e) => ({ id: e.id, file: file(e, 'preparation') })),
    expectedEffects: expectedEffects.map((e) => ({ id: e.id, file: file(e, 'expected-effects'), procedures: e.data.windows.map((w) => w.procedure.id) })),
    tips: tips.map((e) => ({ id: e.id, file: file(e, 'tips'), kind: e.data.kind })),
    guide: guide.map((e) => ({ id: e.id, file: file(e, 'guide'), body: e.body ?? '', lineOffset: linesBefore(e.filePath, e.body) })),
  };
  const problems = contentProblems(content);
  // Rows whose products overlap (AHA peels are chemical exfoliators) must say which date wins.
  const restrictionFile = new Map(content.restrictions.map((r) => [r.id, r.file]));
  const overlaps = overlapProblems(
    toPlanData({ procedures: [], restrictions, routine: [], preparation: [] }).restrictions,
    (id) => restrictionFile.get(id) ?? `restrictions/${id}`,
  );
  const message = [...(problems.length > 0 ? [formatProblems(problems)] : []), ...(overlaps.length > 0 ? [`Overlapping restrictions:\n  ${overlaps.join('\n  ')}`] : [])];
  if (message.length > 0) throw contentError(message.join('\n'), `Fix these files in ${shownContentDir()}/, then build again.`);
  await checkTranslations();
});

/** A collection's entries, read once, after the rules across entries have passed. */
async function checked<T>(read: () => Promise<T>): Promise<T> {
  await checkContentRules();
  return read();
}

export const getProcedures = oncePerLang((lang) => checked(async () => (await inLanguage(lang, 'procedures', await getCollection('procedures'))).sort(byOrder)));

export const getRestrictions = oncePerLang((lang) => checked(async () => (await inLanguage(lang, 'restrictions', await getCollection('restrictions'))).sort(byOrder)));

export const getRoutine = oncePerLang((lang) => checked(async () => (await inLanguage(lang, 'routine', await getCollection('routine'))).sort(byOrder)));

export const getWarningSigns = oncePerLang((lang) => checked(async () => (await inLanguage(lang, 'warning-signs', await getCollection('warningSigns'))).sort(byOrder)));

export const getPreparation = oncePerLang((lang) => checked(async () => (await inLanguage(lang, 'preparation', await getCollection('preparation'))).sort(byDayThenOrder)));

/** Sources in content order, with their short labels in `lang` (full citations stay as published). */
export const getSources = oncePerLang((lang) => checked(async () => (await inLanguage(lang, 'sources', await getCollection('sources'))).sort(byOrder)));

/** Normal effects to expect after the procedure, in content order. */
export const getExpectedEffects = oncePerLang((lang) => checked(async () => (await inLanguage(lang, 'expected-effects', await getCollection('expectedEffects'))).sort(byOrder)));

/**
 * The expected effects as the timeline and the handout use them (src/lib/expected.ts): id, label and usual
 * days per procedure type, plain and serializable.
 */
export async function getExpectedData(lang: Locale = DEFAULT_LOCALE): Promise<ExpectedEffect[]> {
  return (await getExpectedEffects(lang)).map((e) => ({
    id: e.id,
    label: e.data.label,
    windows: e.data.windows.map((w) => ({ procedure: w.procedure.id, firstDay: w.firstDay, lastDay: w.lastDay })),
  }));
}

/** The guide page that lists the expected effects (the page on what is normal), if the content has one. */
export async function getNormalPage(lang: Locale = DEFAULT_LOCALE) {
  return (await getGuidePages(lang)).find((page) => page.body?.includes('<ExpectedEffects'));
}

/** Tips (good habits, and things to ask your clinician first), in content order. */
export const getTips = oncePerLang((lang) => checked(async () => (await inLanguage(lang, 'tips', await getCollection('tips'))).sort(byOrder)));

/** The glossary's terms, in alphabetical order (as lists of explained words show them). */
export const getGlossary = oncePerLang(async (lang) =>
  (await checked(async () => inLanguage(lang, 'glossary', await getCollection('glossary'))))
    .map((entry) => entry.data)
    .sort((a, b) => a.term.localeCompare(b.term, lang, { sensitivity: 'base' })),
);

/** Guide pages in navigation order: by section, then by order, then by slug. */
export const getGuidePages = oncePerLang(async (lang): Promise<GuideEntry[]> => {
  await checkContentRules();
  const english = await getCollection('guide');
  const pages: GuideEntry[] =
    lang === DEFAULT_LOCALE ? english : await translatedPages(lang, english);
  return pages.sort(
    (a, b) =>
      GUIDE_SECTIONS.indexOf(a.data.section) - GUIDE_SECTIONS.indexOf(b.data.section) ||
      byOrder(a, b) ||
      bySlug(a.id, b.id),
  );
});

/** The guide's navigation (sections, sidebars, previous/next), built once from the guide pages. */
export const getGuideNav = oncePerLang(async (lang) =>
  buildGuideNav(
    (await getGuidePages(lang)).map(({ id, data }) => ({ id, ...data })),
    GUIDE_SECTIONS.map((id) => ({ id, label: lang === DEFAULT_LOCALE ? GUIDE_SECTION_LABELS[id] : ui(lang).guideSections[id] })),
  ),
);

/**
 * A language's guide pages: its own MDX (rendered with `render()`), with the English page's facts (section,
 * order, review dates, sources, procedure types) and its own words (title, description, navigation label).
 */
async function translatedPages(lang: Locale, english: GuideEntry[]): Promise<GuideEntry[]> {
  const merged = await inLanguage(lang, 'guide', english);
  const own = new Map((await getCollection(SPANISH.guide)).map((e) => [e.id, e]));
  return merged.map((page) => ({ ...own.get(page.id)!, data: page.data }) as unknown as GuideEntry);
}

/** Site settings: the one entry in content/site/. */
export const getSite = oncePerLang(async (lang) => {
  await checkContentRules();
  const sites = await inLanguage(lang, 'site', await getCollection('site'));
  const [site] = sites;
  if (!site || sites.length > 1) {
    throw contentError(`content/site/ must hold exactly one settings file (site.yaml); found ${sites.length}.`, 'Keep one file, site.yaml, in content/site/.');
  }
  return site.data;
});

/** The data the plan engine needs, as plain serializable objects (also handed to the island). */
export async function getPlanData(lang: Locale = DEFAULT_LOCALE): Promise<PlanData> {
  return toPlanData(await getPlanEntries(lang));
}

/** The words the timeline island shows next to the plan's ids (labels, notes, instructions), serializable. */
export async function getPlanText(lang: Locale = DEFAULT_LOCALE): Promise<PlanText> {
  const [entries, site] = await Promise.all([getPlanEntries(lang), getSite(lang)]);
  return toPlanText(entries, site, lang);
}

async function getPlanEntries(lang: Locale): Promise<PlanEntries> {
  const [procedures, restrictions, routine, preparation, tips] = await Promise.all([
    getProcedures(lang),
    getRestrictions(lang),
    getRoutine(lang),
    getPreparation(lang),
    getTips(lang),
  ]);
  return { procedures, restrictions, routine, preparation, tips };
}

/** Resolves a list of source references to entries, failing the build on a dangling one. */
export async function resolveSources(refs: { id: string }[], lang: Locale = DEFAULT_LOCALE) {
  const sources = await getSources(lang);
  return refs.map((ref) => {
    const entry = sources.find((s) => s.id === ref.id);
    if (!entry) throw new Error(`Unknown source "${ref.id}"`);
    return entry;
  });
}

export type GuideEntry = CollectionEntry<'guide'>;
