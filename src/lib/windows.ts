/**
 * How a restriction's days read for people, written in one place for every page, the avoid table, the
 * handout and the timeline: procedure types that share a window are said once, and the types are named
 * whenever they differ (or the restriction is not for every type). Pure.
 */
import { dayLabel, resumeDay } from './days';
import type { PlanProcedure, PlanRestriction } from './plan';
import { capitalize, libWords } from './words';
import type { Locale } from '../schemas/vocabulary';

export interface WindowGroup {
  /** Procedure types sharing this window, in the order given. */
  procedures: PlanProcedure[];
  firstDay: number;
  lastDay: number;
  /** The day it may be used again. */
  resumeDay: number;
  /** The types' short names ("RF", "Traditional and RF"), or empty when every type given has this window. */
  who: string;
}

/** Groups procedure types that share the same window for a restriction; types it does not apply to are left out. */
export function groupWindows(restriction: PlanRestriction, procedures: readonly PlanProcedure[], lang: Locale = 'en'): WindowGroup[] {
  const groups: WindowGroup[] = [];
  for (const procedure of procedures) {
    const w = restriction.windows.find((x) => x.procedure === procedure.id);
    if (!w) continue;
    const same = groups.find((g) => g.firstDay === w.firstDay && g.lastDay === w.lastDay);
    if (same) same.procedures.push(procedure);
    else groups.push({ procedures: [procedure], firstDay: w.firstDay, lastDay: w.lastDay, resumeDay: resumeDay(w.lastDay), who: '' });
  }
  const sharedByAll = groups.length === 1 && groups[0]!.procedures.length === procedures.length;
  for (const g of groups) g.who = sharedByAll ? '' : g.procedures.map((p) => p.shortName).join(` ${libWords(lang).and} `);
  return groups;
}

/**
 * The ways a window is written:
 * - `avoid`: "Avoid through day 3. Start again on day 4." (a list item);
 * - `span`: "through day 3", "from day 2 through day 5" (inside a sentence);
 * - `resume`: "Day 4" (a table cell; a cell names the types before it, `who`, so the day and its number stay
 *   in one piece; the handout's "avoid through" cell is src/lib/handout.ts, throughParts);
 * - `start`: "day 4" (the day it may start again, inside a sentence).
 */
export type WindowWording = 'avoid' | 'span' | 'resume' | 'start';


/**
 * One window in words, naming its procedure types when they differ (`who`). `dayName` writes a day: day
 * numbers by default, or calendar dates for a dated plan.
 */
export function formatWindow(group: WindowGroup, wording: WindowWording, dayName?: (day: number) => string, lang: Locale = 'en'): string {
  const words = libWords(lang);
  const name = dayName ?? ((day: number) => dayLabel(day, lang));
  const span = group.firstDay === 0 ? words.through(name(group.lastDay)) : words.fromThrough(name(group.firstDay), name(group.lastDay));
  const forWho = group.who ? words.forWho(group.who) : '';
    switch (wording) {
    case 'avoid':
      return words.avoid(span, name(group.resumeDay), group.who);
    case 'span':
      return `${span}${forWho}`;
    case 'resume':
      return capitalize(name(group.resumeDay));
    case 'start':
      return `${name(group.resumeDay)}${forWho}`;
  }
}

/** All of a restriction's windows in words, for the procedure types given (see formatWindow). */
export function formatWindows(
  restriction: PlanRestriction,
  procedures: readonly PlanProcedure[],
  wording: WindowWording,
  dayName?: (day: number) => string,
  lang: Locale = 'en',
): string {
  const joiner = wording === 'avoid' ? ' ' : ` ${libWords(lang).and} `;
  return groupWindows(restriction, procedures, lang).map((g) => formatWindow(g, wording, dayName, lang)).join(joiner);
}

/**
 * Window groups in one line: each group's words, prefixed with its procedure types' short names when the
 * types differ (or `nameTypes` says the fact is for some types only): "Traditional: Days 0 to 3; RF: Days 0 to 7".
 */
export function describeGroups(groups: readonly WindowGroup[], words: (group: WindowGroup) => string, nameTypes = false, lang: Locale = 'en'): string {
  const named = nameTypes || groups.length > 1;
  const and = ` ${libWords(lang).and} `;
  return groups.map((g) => `${named ? `${g.procedures.map((p) => p.shortName).join(and)}: ` : ''}${words(g)}`).join('; ');
}
