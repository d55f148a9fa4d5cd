/**
 * The recovery plan engine: from a procedure type, the content data and (optionally) a procedure date and
 * today's date, it computes each day's phase, what to avoid, what may start again, the routine and the next
 * milestone, and what today means. Pure: no DOM, no Astro. Pages, the timeline island and the handout all
 * call it, so they agree. No aftercare fact lives here: every label, day and window comes from `PlanData`.
 */
import { addCalendarDays, dayNumberOf, resumeDay, type IsoDate } from './days';

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
  windows: readonly { procedure: string; firstDay: number; lastDay: number }[];
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

/** Phases of recovery, in order. */
export const PHASES = ['preparation', 'first-days', 'first-week', 'second-week', 'back-to-normal'] as const;
export type Phase = (typeof PHASES)[number];

/** Plain headings for the phases. */
export const PHASE_LABELS: Record<Phase, string> = {
  preparation: 'Before your procedure',
  'first-days': 'The first days',
  'first-week': 'The rest of the first week',
  'second-week': 'The second week',
  'back-to-normal': 'Back to your usual routine',
};

/** Where today falls: before the procedure, on its day, during the recovery period, or after it. */
export const STAGES = ['before', 'procedure-day', 'recovery', 'after'] as const;
export type Stage = (typeof STAGES)[number];

/** A calendar week: the "first week" phase ends on day 7 (a definition, not an aftercare fact). */
const WEEK_END_DAY = 7;
/** The plan always starts at least two weeks before the procedure, when preparation begins. */
const MIN_FIRST_DAY = -14;
/** And runs at least to day 15, the day after the longest usual product pause. */
const MIN_LAST_DAY = 15;

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
  phase: Phase;
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
  milestones: Milestone[];
  /** The day after the recovery period: back to normal. */
  recoveryEnd: Milestone;
  /** The first milestone after today (or after day 0 when today is unknown). */
  nextMilestone?: Milestone;
  /** What today means, when both dates are known. */
  summary?: TodaySummary;
}

export interface PlanOptions {
  /** The procedure date; without it the plan is in relative days. */
  procedureDate?: IsoDate | undefined;
  /** Today's date in the reader's time zone; only used with a procedure date. */
  today?: IsoDate | undefined;
}

/** The window of one restriction for one procedure type, if it applies to it. */
export function windowFor(restriction: PlanRestriction, procedureId: string) {
  return restriction.windows.find((w) => w.procedure === procedureId);
}

/** The restrictions in force on `day`, in content order. */
export function restrictionsOnDay(data: PlanData, procedureId: string, day: number): PlanRestriction[] {
  return data.restrictions.filter((r) => {
    const w = windowFor(r, procedureId);
    return w !== undefined && w.firstDay <= day && day <= w.lastDay;
  });
}

/** The phase of a day for a procedure. */
export function phaseOf(procedure: PlanProcedure, day: number): Phase {
  if (day < 0) return 'preparation';
  if (day <= procedure.usualRednessThroughDay) return 'first-days';
  if (day <= WEEK_END_DAY) return 'first-week';
  if (day <= procedure.recoveryThroughDay) return 'second-week';
  return 'back-to-normal';
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

/** The first and last day the plan shows for a procedure: every preparation step and every window fit in it. */
export function planRange(data: PlanData, procedure: PlanProcedure): { first: number; last: number } {
  const windows = data.restrictions.flatMap((r) => r.windows.filter((w) => w.procedure === procedure.id));
  return {
    first: Math.min(MIN_FIRST_DAY, ...data.preparation.map((p) => p.day), ...windows.map((w) => w.firstDay)),
    last: Math.max(MIN_LAST_DAY, resumeDay(procedure.recoveryThroughDay), ...windows.map((w) => resumeDay(w.lastDay))),
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
  const routine = [...data.routine].sort((a, b) => a.order - b.order);
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
      phase: phaseOf(procedure, day),
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
    milestones,
    recoveryEnd,
    ...(nextMilestone ? { nextMilestone } : {}),
    ...(summary ? { summary } : {}),
  };
}
