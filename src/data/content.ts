/**
 * Reads the content collections once and hands pages, the timeline island and the handout the same data,
 * sorted, with references flattened to ids. Build-time only (imports astro:content).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { PlanData, PlanText } from '../lib/plan';
import { GUIDE_SECTIONS } from '../schemas/vocabulary';

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

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
  return (await getCollection('preparation')).sort((a, b) => a.data.day - b.data.day || a.data.order - b.data.order);
}

export async function getSources() {
  return (await getCollection('sources')).sort(byOrder);
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
  const [procedures, restrictions, routine, preparation] = await Promise.all([
    getProcedures(),
    getRestrictions(),
    getRoutine(),
    getPreparation(),
  ]);
  return {
    procedures: procedures.map(({ id, data }) => ({
      id,
      name: data.name,
      shortName: data.shortName,
      usualRednessThroughDay: data.usualRednessThroughDay,
      crustingThroughDay: data.crustingThroughDay,
      recoveryThroughDay: data.recoveryThroughDay,
    })),
    restrictions: restrictions.map(({ id, data }) => ({
      id,
      label: data.label,
      windows: data.windows.map((w) => ({ procedure: w.procedure.id, firstDay: w.firstDay, lastDay: w.lastDay })),
    })),
    routine: routine.map(({ id, data }) => ({ id, order: data.order, times: data.times, fromDay: data.fromDay })),
    preparation: preparation.map(({ id, data }) => ({ id, day: data.day, order: data.order })),
  };
}

/** The words the timeline island shows next to the plan's ids (labels, notes, instructions), serializable. */
export async function getPlanText(): Promise<PlanText> {
  const [restrictions, routine, preparation, site] = await Promise.all([
    getRestrictions(),
    getRoutine(),
    getPreparation(),
    getSite(),
  ]);
  return {
    restrictions: restrictions.map(({ id, data }) => ({
      id,
      label: data.label,
      reason: data.reason,
      ...(data.note ? { note: data.note } : {}),
    })),
    routine: routine.map(({ id, data }) => ({ id, label: data.label, instruction: data.instruction, times: data.times })),
    preparation: preparation.map(({ id, data }) => ({ id, label: data.label, instruction: data.instruction })),
    disclaimer: site.disclaimer,
    siteName: site.siteName,
  };
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
export type RestrictionEntry = CollectionEntry<'restrictions'>;
