/**
 * The recovery plan engine: from a procedure type, the content data and (optionally) a procedure date and
 * today's date, it computes each day's phase, what to avoid, what may start again, the routine and the next
 * milestone, and what today means. Pure: no DOM, no Astro. Pages, the timeline island and the handout all
 * call it, so they agree. No aftercare fact lives here: every label, day and window comes from `PlanData`.
 */
import { addCalendarDays, dayNumberOf, dayRangeLabel, resumeDay, type IsoDate } from './days';
import type { EvidenceLevel, Locale } from '../schemas/vocabulary';
import { libWords, LIB_WORDS } from './words';

/** The facts the engine needs, flattened from the content collections (ids instead of references). */
export interface PlanData {
  procedures: readonly PlanProcedure[];
  restrictions: readonly PlanRestriction[];
  routine: readonly PlanRoutineStep[];
  preparation: readonly PlanPreparationStep[];
}
export interface PlanProcedure {
  id: string;
  name: string;
  shortName: string;
  usualRednessThroughDay: number;
  crustingThroughDay?: number | undefined;
  recoveryThroughDay: number;
}
export interface PlanRestriction {
  id: string;
  label: string;
  /** Its group (see RESTRICTION_CATEGORIES): the chart groups rows by it. */
  category?: string | undefined;
  /** How strong the support is (see the evidence field): the chart draws clinic advice apart. */
  evidence?: EvidenceLevel | undefined;
  windows: readonly { procedure: string; firstDay: number; lastDay: number }[];
  /** Procedure types it does not apply to, on purpose (no window for them). */
  notFor?: readonly string[] | undefined;
  /** Ids of narrower rows whose products this row includes (see src/lib/overlaps.ts). */
  includes?: readonly string[];
  /** Declared overlaps with wider rows: which of this row's products fall under them. */
  overlaps?: readonly { with: string; which: string }[];
}
export interface PlanRoutineStep {
  id: string;
  order: number;
  times: readonly string[];
  fromDay: number;
  /** Procedure types it is not part of the routine for. */
  notFor?: readonly string[] | undefined;
}
export interface PlanPreparationStep {
  id: string;
  day: number;
  order: number;
}

/**
 * The words shown next to the engine's ids (labels, reasons, notes, instructions), all from the content,
 * serializable so the timeline island can get them at build time. See getPlanText() in src/data/content.ts.
 */
export interface PlanText {
  /** What each procedure type is, in one or two sentences (for the type picker). */
  procedures: readonly { id: string; summary: string }[];
  /** `note`: what to keep in mind on the day it may start again (src/lib/plan-input.ts, afterwardsText). */
  restrictions: readonly { id: string; label: string; reason: string; note?: string | undefined; overlaps?: readonly { other: string; text: string }[] }[];
  routine: readonly { id: string; label: string; instruction: string; times: readonly string[] }[];
  /** Tips shown with the routine on the days they apply (the day-0 product rule); no days means every day. */
  routineTips?: readonly { id: string; label: string; firstDay?: number | undefined; lastDay?: number | undefined }[];
  preparation: readonly { id: string; label: string; instruction: string }[];
  /** The site's "not medical advice" line, for anything that leaves the page (the calendar file). */
  disclaimer: string;
  /** The site's name, for the calendar's name. */
  siteName: string;
}

/** Kinds of phase: before the procedure, within the recovery period, after it. */
export const PHASE_KINDS = ['before', 'recovery', 'after'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** The heading of the phase after the recovery period (also the calendar's words for that day). */
export const BACK_TO_NORMAL = LIB_WORDS.en.backToNormal;

/**
 * A stretch of the plan. The recovery period is split wherever the content says something changes (a
 * window ends, usual redness or crusting settles), so the boundaries and headings ("Days 4 to 7") all
 * come from the data.
 */
export interface PlanPhase {
  /** Stable id for anchors: `before`, `days-4-7`, `day-5`, `after`. */
  id: string;
  kind: PhaseKind;
  firstDay: number;
  lastDay: number;
  /** "Before your procedure", "Days 4 to 7", "From day 15: back to your usual routine". */
  heading: string;
}

/** Where today falls: before the procedure, on its day, during the recovery period, or after it. */
export const STAGES = ['before', 'procedure-day', 'recovery', 'after'] as const;
export type Stage = (typeof STAGES)[number];

export interface Milestone {
  /** The day something changes. */
  day: number;
  date?: IsoDate;
  /** Restrictions you may start again on this day, in content order. */
  resume: string[];
  /** True for the day after the recovery period ends. */
  recoveryEnds: boolean;
}

export interface PlanDay {
  /** Day number: 0 is the procedure day. */
  day: number;
  /** Calendar date, when the plan has a procedure date. */
  date?: IsoDate;
  /** The id of the phase the day is in (see Plan.phases). */
  phase: string;
  /** Ids of restrictions in force this day. */
  avoid: string[];
  /** Ids of restrictions whose last day was yesterday: you may start them again today. */
  resume: string[];
  /** Ids of preparation steps to start this day. */
  prepare: string[];
  /** Ids of routine steps for this day, in order. */
  routine: string[];
  /** Whether this day is today. */
  isToday: boolean;
  /** The next day something may start again or the recovery period ends (after this day), if any. */
  next?: Milestone;
}

/** What today means for the reader: the plan's summary. */
export interface TodaySummary {
  /** Today's day number (may be outside the plan's days). */
  day: number;
  date: IsoDate;
  stage: Stage;
  /** Restrictions in force today. */
  avoid: string[];
  /** Restrictions you may start again today. */
  resume: string[];
  /** Every preparation step with its day (and date), in order: shown before the procedure. */
  preparation: { id: string; day: number; date: IsoDate }[];
  /** The first milestone after today. */
  next?: Milestone;
}

export interface Plan {
  procedure: PlanProcedure;
  procedureDate?: IsoDate;
  /** Today's day number, when both dates are known. */
  today?: number;
  days: PlanDay[];
  /** The plan's phases, in order; together they hold every day. */
  phases: PlanPhase[];
  milestones: Milestone[];
  /** The day after the recovery period: back to normal. */
  recoveryEnd: Milestone;
  /** The first milestone after today (or after day 0 when today is unknown). */
  nextMilestone?: Milestone;
  /** What today means, when both dates are known. */
  summary?: TodaySummary;
}

export interface PlanOptions {
  /** The language of the plan's headings (default English). */
  lang?: Locale | undefined;
  /** The procedure date; without it the plan is in relative days. */
  procedureDate?: IsoDate | undefined;
  /** Today's date in the reader's time zone; only used with a procedure date. */
  today?: IsoDate | undefined;
}

/** The window of one restriction for one procedure type, if it applies to it. */
export function windowFor(restriction: PlanRestriction, procedureId: string) {
  return restriction.windows.find((w) => w.procedure === procedureId);
}

/** Whether a routine step is part of the routine for a procedure type. */
export function routineAppliesTo(step: PlanRoutineStep, procedureId: string): boolean {
  return !step.notFor?.includes(procedureId);
}

/**
 * The last day of each recovery phase for a procedure: every day in the recovery period where something
 * changes the next day (a window ends, usual redness or crusting settles), and the period's last day.
 */
export function phaseEnds(data: PlanData, procedure: PlanProcedure): number[] {
  const recovery = procedure.recoveryThroughDay;
  const ends = new Set([recovery, procedure.usualRednessThroughDay, ...(procedure.crustingThroughDay !== undefined ? [procedure.crustingThroughDay] : [])]);
  for (const r of data.restrictions) {
    const w = windowFor(r, procedure.id);
    if (!w) continue;
    ends.add(w.lastDay);
    if (w.firstDay > 0) ends.add(w.firstDay - 1); // it starts the next day
  }
  return [...ends].filter((d) => d >= 0 && d <= recovery).sort((a, b) => a - b);
}

/** The phases of a plan running from `first` to `last` (see PlanPhase). */
export function phasesFor(data: PlanData, procedure: PlanProcedure, first: number, last: number, lang: Locale = 'en'): PlanPhase[] {
  const phases: PlanPhase[] = [];
  const words = libWords(lang);
  if (first < 0) phases.push({ id: 'before', kind: 'before', firstDay: first, lastDay: -1, heading: words.beforeProcedure });
  let start = 0;
  for (const end of phaseEnds(data, procedure)) {
    // The id stays the English one in every language (tests and links use it).
    const id = dayRangeLabel(start, end).toLowerCase().replace(/ to /, '-').replace(/ /g, '-');
    phases.push({ id, kind: 'recovery', firstDay: start, lastDay: end, heading: dayRangeLabel(start, end, lang) });
    start = end + 1;
  }
  if (start <= last) {
    phases.push({ id: 'after', kind: 'after', firstDay: start, lastDay: last, heading: words.fromDayBackToNormal(start) });
  }
  return phases;
}

/** Where a day falls for a procedure (see STAGES). */
export function stageOf(procedure: PlanProcedure, day: number): Stage {
  if (day < 0) return 'before';
  if (day === 0) return 'procedure-day';
  return day <= procedure.recoveryThroughDay ? 'recovery' : 'after';
}

/** Every day something may start again, with what, plus the day the recovery period ends. */
export function milestonesFor(data: PlanData, procedure: PlanProcedure): Milestone[] {
  const byDay = new Map<number, string[]>();
  for (const r of data.restrictions) {
    const w = windowFor(r, procedure.id);
    if (!w) continue;
    const day = resumeDay(w.lastDay);
    byDay.set(day, [...(byDay.get(day) ?? []), r.id]);
  }
  const recoveryEndDay = resumeDay(procedure.recoveryThroughDay);
  if (!byDay.has(recoveryEndDay)) byDay.set(recoveryEndDay, []);
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, resume]) => ({ day, resume, recoveryEnds: day === recoveryEndDay }));
}

/** Finds a procedure by id, or throws: callers validate ids first (see params.ts). */
export function procedureById(data: PlanData, id: string): PlanProcedure {
  const procedure = data.procedures.find((p) => p.id === id);
  if (!procedure) throw new RangeError(`Unknown procedure type: ${JSON.stringify(id)}`);
  return procedure;
}

/**
 * The first and last day the plan shows for a procedure, from the content alone: from the earliest
 * preparation step or window (or the procedure day) to the day after the recovery period or the latest
 * window, whichever is later.
 */
export function planRange(data: PlanData, procedure: PlanProcedure): { first: number; last: number } {
  const windows = data.restrictions.flatMap((r) => r.windows.filter((w) => w.procedure === procedure.id));
  return {
    first: Math.min(0, ...data.preparation.map((p) => p.day), ...windows.map((w) => w.firstDay)),
    last: Math.max(resumeDay(procedure.recoveryThroughDay), ...windows.map((w) => resumeDay(w.lastDay))),
  };
}

/** Computes the whole plan. */
export function buildPlan(data: PlanData, procedureId: string, options: PlanOptions = {}): Plan {
  const procedure = procedureById(data, procedureId);
  const { procedureDate } = options;
  const today = procedureDate && options.today ? dayNumberOf(procedureDate, options.today) : undefined;
  const { first, last } = planRange(data, procedure);
  const dateOf = (day: number) => (procedureDate ? addCalendarDays(procedureDate, day) : undefined);
  const withDate = <T extends { day: number }>(item: T): T & { date?: IsoDate } => {
    const date = dateOf(item.day);
    return date ? { ...item, date } : item;
  };

  // Each restriction's window for this procedure, looked up once.
  const windows = data.restrictions.flatMap((r) => {
    const w = windowFor(r, procedure.id);
    return w ? [{ id: r.id, firstDay: w.firstDay, lastDay: w.lastDay }] : [];
  });
  const routine = data.routine.filter((s) => routineAppliesTo(s, procedure.id)).sort((a, b) => a.order - b.order);
  const phases = phasesFor(data, procedure, first, last, options.lang);
  const phaseOf = (day: number) => phases.find((p) => p.firstDay <= day && day <= p.lastDay)!.id;
  const preparation = [...data.preparation].sort((a, b) => a.day - b.day || a.order - b.order);
  const milestones = milestonesFor(data, procedure).map(withDate);
  const recoveryEnd = milestones.find((m) => m.recoveryEnds)!; // milestonesFor always adds it
  const nextAfter = (day: number) => milestones.find((m) => m.day > day);

  const days: PlanDay[] = [];
  let date = dateOf(first);
  for (let day = first; day <= last; day++) {
    const next = nextAfter(day);
    days.push({
      day,
      ...(date ? { date } : {}),
      phase: phaseOf(day),
      avoid: windows.filter((w) => w.firstDay <= day && day <= w.lastDay).map((w) => w.id),
      resume: windows.filter((w) => resumeDay(w.lastDay) === day).map((w) => w.id),
      prepare: preparation.filter((p) => p.day === day).map((p) => p.id),
      routine: day >= 0 ? routine.filter((s) => s.fromDay <= day).map((s) => s.id) : [],
      isToday: today === day,
      ...(next ? { next } : {}),
    });
    date = date ? addCalendarDays(date, 1) : undefined;
  }

  const nextMilestone = nextAfter(today ?? 0);
  let summary: TodaySummary | undefined;
  if (today !== undefined && procedureDate && options.today) {
    summary = {
      day: today,
      date: options.today,
      stage: stageOf(procedure, today),
      avoid: windows.filter((w) => w.firstDay <= today && today <= w.lastDay).map((w) => w.id),
      resume: windows.filter((w) => resumeDay(w.lastDay) === today).map((w) => w.id),
      preparation: preparation.map((p) => ({ id: p.id, day: p.day, date: addCalendarDays(procedureDate, p.day) })),
      ...(nextMilestone ? { next: nextMilestone } : {}),
    };
  }
  return {
    procedure,
    ...(procedureDate ? { procedureDate } : {}),
    ...(today !== undefined ? { today } : {}),
    days,
    phases,
    milestones,
    recoveryEnd,
    ...(nextMilestone ? { nextMilestone } : {}),
    ...(summary ? { summary } : {}),
  };
}
