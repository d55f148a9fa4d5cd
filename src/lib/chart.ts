/**
 * The recovery chart's geometry: one row per restriction, grouped by category, one bar per window from its
 * first to its last day, and the day each may start again, on one day axis. Pure: the avoid page, the
 * handout and the timeline island all draw what this returns (src/components/chart/RecoveryChart.tsx).
 */
import { fill } from './words';
import { addCalendarDays, dateFormat, isoDateParts, resumeDay, type IsoDate } from './days';
import type { PlanData, PlanProcedure, PlanRestriction } from './plan';
import { groupWindows } from './windows';
import type { EvidenceLevel } from '../schemas/vocabulary';

/** The days the chart shows: from `firstDay` to `lastDay`, plus one column for the day after (`endDay`). */
export interface ChartAxis {
  /** Day 0, or the earliest first day of any window if one starts before the procedure. */
  firstDay: number;
  /** The last day of any window, across every restriction and every procedure type in the content. */
  lastDay: number;
  /** Every day drawn, `firstDay` to `lastDay + 1` (the start-again day of the longest window). */
  days: number[];
}

/** One bar: the days one procedure type avoids a restriction. */
export interface ChartBar {
  procedure: string;
  firstDay: number;
  lastDay: number;
  /** The day it may start again. */
  resumeDay: number;
}

/** One line of a row: the bars of the procedure types that share a window (drawn on top of each other). */
export interface ChartLane {
  /** Short names of the types in this lane ("RF"), or undefined when every type in the chart shares it. */
  label?: string;
  firstDay: number;
  lastDay: number;
  resumeDay: number;
  bars: ChartBar[];
}

export interface ChartRow {
  /** The restriction's id. */
  id: string;
  label: string;
  /** Drawn apart (hatched, with a marker) when the advice comes from clinics rather than studies. */
  clinicAdvice: boolean;
  /** One lane when the types in the chart share the window, else one per distinct window. */
  lanes: ChartLane[];
}

export interface ChartGroup {
  /** The category id, or `undefined` for restrictions without one. */
  category?: string | undefined;
  rows: ChartRow[];
}

export interface Chart {
  axis: ChartAxis;
  /** The procedure types drawn, in content order. */
  procedures: string[];
  groups: ChartGroup[];
  /** How many restrictions have a bar. */
  count: number;
  /** The latest last day of the bars drawn (not the axis: a chart of one type may end earlier). */
  longestLastDay: number;
  /** Whether any row is clinic advice (the legend then explains the hatching). */
  hasClinicAdvice: boolean;
}

/** What marks a restriction as clinic advice. */
export type ClinicAdviceTest = (restriction: PlanRestriction) => boolean;

/** The evidence level of advice that comes from common clinic practice rather than research. */
export const CLINIC_ADVICE: EvidenceLevel = 'clinic-advice';

/** By default, a restriction whose evidence level is clinic advice. */
const byEvidence: ClinicAdviceTest = (r) => r.evidence === CLINIC_ADVICE;

/**
 * The chart's day axis, from the whole content (every restriction, every procedure type), so charts of
 * different types line up and a longer window anywhere widens every chart.
 */
export function chartAxis(data: Pick<PlanData, 'restrictions'>): ChartAxis {
  const windows = data.restrictions.flatMap((r) => r.windows);
  const firstDay = Math.min(0, ...windows.map((w) => w.firstDay));
  const lastDay = Math.max(0, ...windows.map((w) => w.lastDay));
  const days = Array.from({ length: resumeDay(lastDay) - firstDay + 1 }, (_, i) => firstDay + i);
  return { firstDay, lastDay, days };
}

/**
 * Categories in the order the avoid table first shows them (content order), each with its restrictions in
 * that order: a clinic reorders both by changing `order` in its content.
 */
export function groupByCategory<T extends { category?: string | undefined }>(items: readonly T[]): { category?: string | undefined; items: T[] }[] {
  const groups: { category?: string | undefined; items: T[] }[] = [];
  for (const item of items) {
    const group = groups.find((g) => g.category === item.category);
    if (group) group.items.push(item);
    else groups.push({ category: item.category, items: [item] });
  }
  return groups;
}

export interface ChartOptions {
  /** The procedure types to draw (default: every type, in content order). */
  procedures?: readonly string[] | undefined;
  /** Which rows are clinic advice (default: evidence level `clinic-advice`). */
  isClinicAdvice?: ClinicAdviceTest;
}

/** The chart of every restriction for the given procedure types; restrictions none of them has are left out. */
export function buildChart(data: PlanData, options: ChartOptions = {}): Chart {
  const procedures: PlanProcedure[] = options.procedures
    ? data.procedures.filter((p) => options.procedures!.includes(p.id))
    : [...data.procedures];
  const isClinicAdvice = options.isClinicAdvice ?? byEvidence;
  const rows = data.restrictions.flatMap((restriction) => {
    const windows = groupWindows(restriction, procedures);
    if (windows.length === 0) return [];
    const lanes: ChartLane[] = windows.map((w) => ({
      ...(w.who ? { label: w.who } : {}),
      firstDay: w.firstDay,
      lastDay: w.lastDay,
      resumeDay: w.resumeDay,
      bars: w.procedures.map((p) => ({ procedure: p.id, firstDay: w.firstDay, lastDay: w.lastDay, resumeDay: w.resumeDay })),
    }));
    const row: ChartRow = { id: restriction.id, label: restriction.label, clinicAdvice: isClinicAdvice(restriction), lanes };
    return [{ category: restriction.category, row }];
  });
  const lastDays = rows.flatMap(({ row }) => row.lanes.map((l) => l.lastDay));
  return {
    axis: chartAxis(data),
    procedures: procedures.map((p) => p.id),
    groups: groupByCategory(rows).map((g) => ({ category: g.category, rows: g.items.map((i) => i.row) })),
    count: rows.length,
    longestLastDay: Math.max(0, ...lastDays),
    hasClinicAdvice: rows.some(({ row }) => row.clinicAdvice),
  };
}

/** The chart's words (legend, axis, text alternative), plain strings with `{name}` places (see fill). */
export interface ChartWords {
  avoid: string;
  clinicAdvice: string;
  startAgain: string;
  today: string;
  date: string;
  day: string;
  /** "day {day}" */
  dayNumber: string;
  /** "{date} (day {day})" */
  dayWithDate: string;
  /** "{title} (scrolls sideways)" */
  scrolls: string;
  nothing: string;
  /** With `{longest}` (a day in words). */
  summaryOne: string;
  /** With `{count}` and `{longest}`. */
  summaryMany: string;
  /** The Intl locale for dates. */
  locale: string;
}

/** English chart words (the default, and the English dictionary's). */
export const CHART_WORDS_EN: ChartWords = {
  avoid: 'Avoid',
  clinicAdvice: '* Many clinics advise this',
  startAgain: 'Start again',
  today: 'Today',
  date: 'Date',
  day: 'Day',
  dayNumber: 'day {day}',
  dayWithDate: '{date} (day {day})',
  scrolls: '{title} (scrolls sideways)',
  nothing: 'Chart: nothing to avoid.',
  summaryOne: 'Chart: 1 thing to avoid, the longest until {longest}.',
  summaryMany: 'Chart: {count} things to avoid, the longest until {longest}.',
  locale: 'en',
};

/**
 * The chart's text alternative, from the data: "Chart: 13 things to avoid, the longest until day 14."
 * `dayWords` names a day (a date once the plan has one).
 */
export function chartSummary(chart: Chart, dayWords?: (day: number) => string, words: ChartWords = CHART_WORDS_EN): string {
  if (chart.count === 0) return words.nothing;
  const longest = (dayWords ?? ((day: number) => fill(words.dayNumber, { day })))(chart.longestLastDay);
  return fill(chart.count === 1 ? words.summaryOne : words.summaryMany, { count: chart.count, longest });
}

/**
 * The days whose numbers the axis labels when space is short: day 0, the start-again days and the end. No two
 * labelled days are closer than `minGap` days (in narrow columns "3" and "4" read as "34"): of two too close,
 * the day more things start again on keeps its number (the earlier one if as many).
 */
export function keyDays(chart: Chart, minGap = 2): number[] {
  const resuming = new Map<number, number>();
  for (const group of chart.groups) for (const row of group.rows) for (const lane of row.lanes) {
    resuming.set(lane.resumeDay, (resuming.get(lane.resumeDay) ?? 0) + 1);
  }
  const onAxis = [...resuming.keys()].filter((d) => chart.axis.days.includes(d));
  const byWeight = onAxis.sort((a, b) => (resuming.get(b)! - resuming.get(a)!) || a - b);
  const labelled: number[] = chart.axis.days.includes(0) ? [0] : [];
  for (const day of byWeight) if (labelled.every((l) => Math.abs(l - day) >= minGap)) labelled.push(day);
  return labelled.sort((a, b) => a - b);
}

/** How far apart labelled days must be on the handout's narrow chart: about 8 labels fit across it. */
export const handoutLabelGap = (chart: Chart) => Math.max(2, Math.ceil(chart.axis.days.length / 8));

/** One column heading of the axis. */
export interface AxisTick {
  day: number;
  /** The number shown: the day number, or the day of the month once there is a date. */
  text: string;
  /** A month name above the number, where the month starts or changes (dated charts only). */
  month?: string;
  /** The calendar date, in a dated chart. */
  date?: IsoDate;
}

/**
 * The axis headings: day numbers, or with a procedure date the day of the month, with the month's short name
 * on the first column and wherever the month changes. Formatted at noon UTC, so no time zone shifts a day.
 */
export function axisTicks(axis: ChartAxis, procedureDate?: IsoDate, locale?: string | readonly string[]): AxisTick[] {
  if (!procedureDate) return axis.days.map((day) => ({ day, text: String(day) }));
  const monthName = dateFormat(locale, { month: 'short', timeZone: 'UTC' });
  let lastMonth = -1;
  return axis.days.map((day) => {
    const date = addCalendarDays(procedureDate, day);
    const [year, month, dayOfMonth] = isoDateParts(date)!;
    const tick: AxisTick = { day, text: String(dayOfMonth), date };
    if (month !== lastMonth) {
      const noon = new Date(0);
      noon.setUTCFullYear(year, month - 1, dayOfMonth);
      noon.setUTCHours(12);
      tick.month = monthName.format(noon);
      lastMonth = month;
    }
    return tick;
  });
}
