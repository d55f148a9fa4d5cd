/**
 * Reads the content collections once and hands pages, the timeline island and the handout the same data,
 * sorted, with references flattened to ids. Build-time only (imports astro:content).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { PlanData, PlanText } from '../lib/plan';
import type { ExpectedEffect } from '../lib/expected';
import { byDayThenOrder, byOrder, toPlanData, toPlanText, type PlanEntries } from '../lib/plan-input';
import { GUIDE_SECTIONS, GUIDE_SECTION_LABELS } from '../schemas/vocabulary';
import { buildGuideNav } from '../lib/nav';
import { overlapProblems } from '../lib/overlaps';

/**
 * Reads (and sorts) a collection once per build: every page asks, and re-reading a 1,000-page collection for
 * each of 1,000 pages made the build quadratic. `astro dev` reads afresh each time, so content edits show.
 */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? read() : (cached ??= read()));
}

export const getProcedures = once(async () => (await getCollection('procedures')).sort(byOrder));

/** Restrictions in content order. Fails the build on an overlap between rows that the data does not declare. */
export const getRestrictions = once(async () => {
  const entries = (await getCollection('restrictions')).sort(byOrder);
  const problems = overlapProblems(toPlanData({ procedures: [], restrictions: entries, routine: [], preparation: [] }).restrictions);
  if (problems.length) throw new Error(`Overlapping restrictions:\n  ${problems.join('\n  ')}`);
  return entries;
});

export const getRoutine = once(async () => (await getCollection('routine')).sort(byOrder));

export const getWarningSigns = once(async () => (await getCollection('warningSigns')).sort(byOrder));

export const getPreparation = once(async () => (await getCollection('preparation')).sort(byDayThenOrder));

export const getSources = once(async () => (await getCollection('sources')).sort(byOrder));

/** Normal effects to expect after the procedure, in content order. */
export const getExpectedEffects = once(async () => (await getCollection('expectedEffects')).sort(byOrder));

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
export const getTips = once(async () => (await getCollection('tips')).sort(byOrder));

/** The glossary's terms, in alphabetical order (as lists of explained words show them). */
export const getGlossary = once(async () =>
  (await getCollection('glossary'))
    .map((entry) => entry.data)
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })),
);

/** Guide pages in navigation order: by section, then by order, then by slug. */
export const getGuidePages = once(async () => {
  const pages = await getCollection('guide');
  return pages.sort(
    (a, b) =>
      GUIDE_SECTIONS.indexOf(a.data.section) - GUIDE_SECTIONS.indexOf(b.data.section) ||
      byOrder(a, b) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
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
  const sites = await getCollection('site');
  const [site] = sites;
  if (!site || sites.length > 1) {
    throw new Error(`content/site/ must hold exactly one settings file (site.yaml); found ${sites.length}.`);
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
