/**
 * How a restriction's days read for people: when every procedure type shares one window it is said once
 * ("through day 3"), otherwise once per type. Pure; used by the guide pages, the avoid table and the handout.
 */
import { resumeDay } from './days';
import type { PlanProcedure, PlanRestriction } from './plan';

export interface WindowGroup {
  /** Procedure types sharing this window, in the order given. */
  procedures: PlanProcedure[];
  firstDay: number;
  lastDay: number;
  /** The day it may be used again. */
  resumeDay: number;
}

/** Groups procedure types that share the same window for a restriction; types it does not apply to are left out. */
export function groupWindows(restriction: PlanRestriction, procedures: readonly PlanProcedure[]): WindowGroup[] {
  const groups: WindowGroup[] = [];
  for (const procedure of procedures) {
    const w = restriction.windows.find((x) => x.procedure === procedure.id);
    if (!w) continue;
    const same = groups.find((g) => g.firstDay === w.firstDay && g.lastDay === w.lastDay);
    if (same) same.procedures.push(procedure);
    else groups.push({ procedures: [procedure], firstDay: w.firstDay, lastDay: w.lastDay, resumeDay: resumeDay(w.lastDay) });
  }
  return groups;
}

/** The latest last day of a restriction over all procedure types (for sorting and filtering). */
export function latestLastDay(restriction: PlanRestriction): number {
  return Math.max(...restriction.windows.map((w) => w.lastDay));
}

/**
 * Window groups in one line: each group's words, prefixed with its procedure types' short names when the
 * types differ (or `nameTypes` says the fact is for some types only): "Traditional: Days 0 to 3; RF: Days 0 to 7".
 */
export function describeGroups(groups: readonly WindowGroup[], words: (group: WindowGroup) => string, nameTypes = false): string {
  const named = nameTypes || groups.length > 1;
  return groups.map((g) => `${named ? `${g.procedures.map((p) => p.shortName).join(' and ')}: ` : ''}${words(g)}`).join('; ');
}
