/**
 * A timeline a phone can scan: which days change something, and which merely repeat the day before. Days
 * that change nothing merge into one line ("Days 9 to 13: no changes"); a day that changes something says
 * what changes (what starts, what may start again), and what goes on is a short "still avoiding" line.
 * Pure: works on any plan's days (src/lib/plan.ts), so any content scans the same way.
 */
import { dayRangeLabel, type IsoDate } from './days';
import { libWords } from './words';
import type { Locale } from '../schemas/vocabulary';

/** What the scan needs of a day (a PlanDay has all of it; `expect` is the normal effects of the day). */
export interface ScanDay {
  day: number;
  date?: IsoDate | undefined;
  avoid: readonly string[];
  resume: readonly string[];
  prepare: readonly string[];
  routine: readonly string[];
  /** Ids of the normal effects to expect that day, if the timeline shows them. */
  expect?: readonly string[] | undefined;
  isToday: boolean;
}

/** What changes on a day compared with the day before. */
export interface DayChanges {
  /** Restrictions that start this day. */
  startAvoiding: string[];
  /** Restrictions that may start again this day. */
  resume: string[];
  /** Preparation steps for this day. */
  prepare: string[];
  /** Routine steps that start this day. */
  startRoutine: string[];
  /** Routine steps that stop this day. */
  stopRoutine: string[];
  /** Normal effects that begin this day. */
  startExpect: string[];
  /** Normal effects that are usually over by this day. */
  stopExpect: string[];
}

/** A day shown on its own, with what changes on it. */
export interface ScanDayEntry<D extends ScanDay> {
  kind: 'day';
  day: D;
  changes: DayChanges;
}

/** Consecutive days on which nothing changes, shown as one line. */
export interface QuietRun<D extends ScanDay> {
  kind: 'quiet';
  days: D[];
  firstDay: number;
  lastDay: number;
}

export type ScanEntry<D extends ScanDay> = ScanDayEntry<D> | QuietRun<D>;

const missingFrom = (list: readonly string[], other: readonly string[] | undefined) => list.filter((id) => !other?.includes(id));

/** What changes on `day` after `previous` (the day before; none for the plan's first day). */
export function changesOn(day: ScanDay, previous?: ScanDay): DayChanges {
  return {
    startAvoiding: missingFrom(day.avoid, previous?.avoid),
    resume: [...day.resume],
    prepare: [...day.prepare],
    startRoutine: missingFrom(day.routine, previous?.routine),
    stopRoutine: previous ? missingFrom(previous.routine, day.routine) : [],
    startExpect: missingFrom(day.expect ?? [], previous?.expect),
    stopExpect: previous ? missingFrom(previous.expect ?? [], day.expect) : [],
  };
}

/** Whether anything changes. */
export function hasChanges(changes: DayChanges): boolean {
  return Object.values(changes).some((list) => list.length > 0);
}

/**
 * The days as the reader scans them: a day that changes something (or is the procedure day, or today)
 * on its own; runs of days that change nothing merged. `previous` is the day before the first one (when
 * the list is one phase of a longer plan), so a phase's first day is compared with the day before it.
 */
export function scanDays<D extends ScanDay>(days: readonly D[], previous?: ScanDay): ScanEntry<D>[] {
  const entries: ScanEntry<D>[] = [];
  let before = previous;
  for (const day of days) {
    const changes = changesOn(day, before);
    before = day;
    if (hasChanges(changes) || day.day === 0 || day.isToday) {
      entries.push({ kind: 'day', day, changes });
      continue;
    }
    const last = entries.at(-1);
    if (last?.kind === 'quiet' && last.lastDay === day.day - 1) {
      last.days.push(day);
      last.lastDay = day.day;
    } else entries.push({ kind: 'quiet', days: [day], firstDay: day.day, lastDay: day.day });
  }
  return entries;
}

/** A run's heading: "Day 9", "Days 9 to 13", "13 to 9 days before", "1 day before". */
export function runTitle(firstDay: number, lastDay: number, lang: Locale = 'en'): string {
  const words = libWords(lang);
  if (lastDay < 0) {
    return firstDay === lastDay ? words.daysBefore(-firstDay) : words.daysBeforeRange(-firstDay, -lastDay);
  }
  return dayRangeLabel(firstDay, lastDay, lang);
}

/** How a scan shortens a plan: the days shown on their own and the lines in all (for tests and notes). */
export function scanSize(entries: readonly ScanEntry<ScanDay>[]): { days: number; lines: number } {
  return { days: entries.filter((e) => e.kind === 'day').length, lines: entries.length };
}
