/**
 * Reads the content collections once and hands pages, the timeline island and the handout the same data,
 * sorted, with references flattened to ids. Build-time only (imports astro:content).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { PlanData, PlanText } from '../lib/plan';
import { byDayThenOrder, byOrder, toPlanData, toPlanText, type PlanEntries } from '../lib/plan-input';
import { GUIDE_SECTIONS } from '../schemas/vocabulary';

export async function getProcedures() {
  return (await getCollection('procedures')).sort(byOrder);
}

export async function getRestrictions() {
  return (await getCollection('restrictions')).sort(byOrder);
}

export async function getRoutine() {
  return (await getCollection('routine')).sort(byOrder);
}

export async function getWarningSigns() {
  return (await getCollection('warningSigns')).sort(byOrder);
}

export async function getPreparation() {
  return (await getCollection('preparation')).sort(byDayThenOrder);
}

export async function getSources() {
  return (await getCollection('sources')).sort(byOrder);
}

/** The glossary's terms, in alphabetical order (as lists of explained words show them). */
export async function getGlossary() {
  return (await getCollection('glossary'))
    .map((entry) => entry.data)
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/** Guide pages in navigation order: by section, then by order. */
export async function getGuidePages() {
  const pages = await getCollection('guide');
  return pages.sort(
    (a, b) => GUIDE_SECTIONS.indexOf(a.data.section) - GUIDE_SECTIONS.indexOf(b.data.section) || byOrder(a, b),
  );
}

/** Site settings: the one entry in content/site/. */
export async function getSite() {
  const sites = await getCollection('site');
  const [site] = sites;
  if (!site || sites.length > 1) {
    throw new Error(`content/site/ must hold exactly one settings file (site.yaml); found ${sites.length}.`);
  }
  return site.data;
}

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
  const [procedures, restrictions, routine, preparation] = await Promise.all([
    getProcedures(),
    getRestrictions(),
    getRoutine(),
    getPreparation(),
  ]);
  return { procedures, restrictions, routine, preparation };
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
