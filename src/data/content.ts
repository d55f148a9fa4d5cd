/**
 * Reads the content collections once and hands pages, the timeline island and the handout the same data,
 * sorted, with references flattened to ids. Build-time only (imports astro:content). Before any of it is
 * used, the rules across entries (src/lib/content-rules.ts) are checked: a problem stops the build with a
 * message naming the files, not a stack trace.
 */
import { readFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { PlanData, PlanText } from '../lib/plan';
import type { ExpectedEffect } from '../lib/expected';
import { byDayThenOrder, byOrder, toPlanData, toPlanText, type PlanEntries } from '../lib/plan-input';
import { contentProblems, formatProblems, type RuleContent } from '../lib/content-rules';
import { contentError } from './content-error';
import { GUIDE_SECTIONS, GUIDE_SECTION_LABELS } from '../schemas/vocabulary';
import { buildGuideNav, bySlug } from '../lib/nav';
import { overlapProblems } from '../lib/overlaps';

/**
 * Reads (and sorts) a collection once per build: every page asks, and re-reading a 1,000-page collection for
 * each of 1,000 pages made the build quadratic. `astro dev` reads afresh each time, so content edits show.
 */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? read() : (cached ??= read()));
}

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
  if (message.length > 0) throw contentError(message.join('\n'), 'Fix these files in content/, then build again.');
});

/** A collection's entries, read once, after the rules across entries have passed. */
async function checked<T>(read: () => Promise<T>): Promise<T> {
  await checkContentRules();
  return read();
}

export const getProcedures = once(() => checked(async () => (await getCollection('procedures')).sort(byOrder)));

export const getRestrictions = once(() => checked(async () => (await getCollection('restrictions')).sort(byOrder)));

export const getRoutine = once(() => checked(async () => (await getCollection('routine')).sort(byOrder)));

export const getWarningSigns = once(() => checked(async () => (await getCollection('warningSigns')).sort(byOrder)));

export const getPreparation = once(() => checked(async () => (await getCollection('preparation')).sort(byDayThenOrder)));

export const getSources = once(() => checked(async () => (await getCollection('sources')).sort(byOrder)));

/** Normal effects to expect after the procedure, in content order. */
export const getExpectedEffects = once(() => checked(async () => (await getCollection('expectedEffects')).sort(byOrder)));

/**
 * The expected effects as the timeline and the handout use them (src/lib/expected.ts): id, label and usual
 * days per procedure type, plain and serializable.
 */
export async function getExpectedData(): Promise<ExpectedEffect[]> {
  return (await getExpectedEffects()).map((e) => ({
    id: e.id,
    label: e.data.label,
    windows: e.data.windows.map((w) => ({ procedure: w.procedure.id, firstDay: w.firstDay, lastDay: w.lastDay })),
  }));
}

/** The guide page that lists the expected effects (the page on what is normal), if the content has one. */
export async function getNormalPage() {
  return (await getGuidePages()).find((page) => page.body?.includes('<ExpectedEffects'));
}

/** Tips (good habits, and things to ask your clinician first), in content order. */
export const getTips = once(() => checked(async () => (await getCollection('tips')).sort(byOrder)));

/** The glossary's terms, in alphabetical order (as lists of explained words show them). */
export const getGlossary = once(async () =>
  (await getCollection('glossary'))
    .map((entry) => entry.data)
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })),
);

/** Guide pages in navigation order: by section, then by order, then by slug. */
export const getGuidePages = once(async () => {
  await checkContentRules();
  const pages = await getCollection('guide');
  return pages.sort(
    (a, b) =>
      GUIDE_SECTIONS.indexOf(a.data.section) - GUIDE_SECTIONS.indexOf(b.data.section) ||
      byOrder(a, b) ||
      bySlug(a.id, b.id),
  );
});

/** The guide's navigation (sections, sidebars, previous/next), built once from the guide pages. */
export const getGuideNav = once(async () =>
  buildGuideNav(
    (await getGuidePages()).map(({ id, data }) => ({ id, ...data })),
    GUIDE_SECTIONS.map((id) => ({ id, label: GUIDE_SECTION_LABELS[id] })),
  ),
);

/** Site settings: the one entry in content/site/. */
export const getSite = once(async () => {
  await checkContentRules();
  const sites = await getCollection('site');
  const [site] = sites;
  if (!site || sites.length > 1) {
    throw contentError(`content/site/ must hold exactly one settings file (site.yaml); found ${sites.length}.`, 'Keep one file, site.yaml, in content/site/.');
  }
  return site.data;
});

/** The data the plan engine needs, as plain serializable objects (also handed to the island). */
export async function getPlanData(): Promise<PlanData> {
  return toPlanData(await getPlanEntries());
}

/** The words the timeline island shows next to the plan's ids (labels, notes, instructions), serializable. */
export async function getPlanText(): Promise<PlanText> {
  const [entries, site] = await Promise.all([getPlanEntries(), getSite()]);
  return toPlanText(entries, site);
}

async function getPlanEntries(): Promise<PlanEntries> {
  const [procedures, restrictions, routine, preparation, tips] = await Promise.all([
    getProcedures(),
    getRestrictions(),
    getRoutine(),
    getPreparation(),
    getTips(),
  ]);
  return { procedures, restrictions, routine, preparation, tips };
}

/** Resolves a list of source references to entries, failing the build on a dangling one. */
export async function resolveSources(refs: { id: string }[]) {
  return Promise.all(
    refs.map(async (ref) => {
      const entry = await getEntry('sources', ref.id);
      if (!entry) throw new Error(`Unknown source "${ref.id}"`);
      return entry;
    }),
  );
}

export type GuideEntry = CollectionEntry<'guide'>;
