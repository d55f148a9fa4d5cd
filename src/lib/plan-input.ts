/**
 * Turns content entries (already checked by the schemas) into the plain, serializable objects the plan
 * engine and the timeline use. One mapping for the build (src/data/content.ts) and the unit tests
 * (tests/helpers/plan-content.ts), so both see the same facts in the same order.
 */
import type { PlanData, PlanText } from './plan';
import type { ProcedureData } from '../schemas/procedures';
import type { RestrictionData } from '../schemas/restrictions';
import type { RoutineStepData } from '../schemas/routine';
import type { PreparationData } from '../schemas/preparation';
import type { SiteData } from '../schemas/site';
import type { TipData } from '../schemas/tips';
import { overlapNotes } from './overlaps';
import { libWords } from './words';
import type { Locale } from '../schemas/vocabulary';

/** A content entry: its id (the file name) and its checked data. */
export interface Entry<T> {
  id: string;
  data: T;
}

export interface PlanEntries {
  procedures: readonly Entry<ProcedureData>[];
  restrictions: readonly Entry<RestrictionData>[];
  routine: readonly Entry<RoutineStepData>[];
  preparation: readonly Entry<PreparationData>[];
  /** Tips; those marked `withRoutine` are shown with the routine. */
  tips?: readonly Entry<TipData>[];
}

/** Content order: by `order`, lowest first. */
export const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

/** Preparation order: earliest day first, then by `order`. */
export const byDayThenOrder = <T extends { data: { day: number; order: number } }>(a: T, b: T) =>
  a.data.day - b.data.day || a.data.order - b.data.order;

/** The entries sorted as the site shows them. */
export function sortPlanEntries(entries: PlanEntries): PlanEntries {
  return {
    procedures: [...entries.procedures].sort(byOrder),
    restrictions: [...entries.restrictions].sort(byOrder),
    routine: [...entries.routine].sort(byOrder),
    preparation: [...entries.preparation].sort(byDayThenOrder),
  };
}

/** What the plan engine needs. */
export function toPlanData(entries: PlanEntries): PlanData {
  const { procedures, restrictions, routine, preparation } = sortPlanEntries(entries);
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
      category: data.category,
      windows: data.windows.map((w) => ({ procedure: w.procedure.id, firstDay: w.firstDay, lastDay: w.lastDay })),
      notFor: data.notFor.map((p) => p.id),
      evidence: data.evidence,
      includes: data.includes,
      overlaps: data.overlaps,
    })),
    routine: routine.map(({ id, data }) => ({
      id,
      order: data.order,
      times: data.times,
      fromDay: data.fromDay,
      notFor: data.notFor.map((p) => p.id),
    })),
    preparation: preparation.map(({ id, data }) => ({ id, day: data.day, order: data.order })),
  };
}

/**
 * What still applies once a restriction ends: the tips it names under `afterwards`, each as its short name
 * (an instruction: "Keep protecting your skin from the sun") with the range clinics give. The timeline and the
 * calendar show it, in place of the restriction's note, on the day it may start again; the avoid table in its
 * row. The tip's page has the rest.
 */
export function afterwardsText(restriction: Pick<RestrictionData, 'afterwards'>, tips: readonly Entry<TipData>[], lang: Locale = 'en'): string | undefined {
  const said = restriction.afterwards
    .map((id) => tips.find((t) => t.id === id)?.data)
    .filter((tip) => tip !== undefined)
    .map((tip) => `${tip.label}.${tip.clinicRange ? ` ${libWords(lang).clinicsSay(tip.clinicRange)}` : ''}`);
  return said.length > 0 ? said.join(' ') : undefined;
}

/** The words the timeline shows next to the plan's ids (labels, notes, instructions). */
export function toPlanText(entries: PlanEntries, site: Pick<SiteData, 'disclaimer' | 'siteName'>, lang: Locale = 'en'): PlanText {
  const { procedures, restrictions, routine, preparation } = sortPlanEntries(entries);
  const planData = toPlanData(entries);
  const overlapsOf = (id: string) => overlapNotes(planData.restrictions, planData.procedures, id, lang);
  return {
    procedures: procedures.map(({ id, data }) => ({ id, summary: data.summary })),
    restrictions: restrictions.map(({ id, data }) => {
      // On the day it may start again, what still applies (sun protection after the sun row) says more than
      // a note about the days it was avoided.
      const note = afterwardsText(data, entries.tips ?? [], lang) ?? data.note;
      return {
        id,
        label: data.label,
        reason: data.reason,
        ...(note ? { note } : {}),
        ...(overlapsOf(id).length ? { overlaps: overlapsOf(id) } : {}),
      };
    }),
    routine: routine.map(({ id, data }) => ({ id, label: data.label, instruction: data.instruction, times: data.times })),
    preparation: preparation.map(({ id, data }) => ({ id, label: data.label, instruction: data.instruction })),
    routineTips: [...(entries.tips ?? [])]
      .filter((t) => t.data.withRoutine)
      .sort(byOrder)
      .map(({ id, data }) => ({ id, label: data.label, firstDay: data.firstDay, lastDay: data.lastDay })),
    disclaimer: site.disclaimer,
    siteName: site.siteName,
  };
}
