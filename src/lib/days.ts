/**
 * The day convention, encoded once (see content/guide/overview.mdx for how it is explained to readers):
 * - the procedure day is day 0; day 1 is the next calendar day in the reader's own time zone;
 * - "avoid for N days" means avoid on days 0..N (lastDay N) and start again on day N + 1;
 * - days are calendar days, never 24-hour periods, so DST changes and time zones never shift a day.
 *
 * Calendar dates travel as ISO strings (`YYYY-MM-DD`). Arithmetic goes through date-fns on local
 * midnights, which counts calendar days across DST changes.
 */
import { addDays, differenceInCalendarDays, formatISO, isValid, parseISO } from 'date-fns';

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses `YYYY-MM-DD` into a local-midnight Date, or `undefined` if it is not a real calendar date. */
export function parseIsoDate(value: string): Date | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  const date = parseISO(value);
  return isValid(date) && toIsoDate(date) === value ? date : undefined;
}

/** Whether a string is a real calendar date in `YYYY-MM-DD` form (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

/** The calendar date of a Date in the local time zone, as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): IsoDate {
  return formatISO(date, { representation: 'date' });
}

/** Today's calendar date in the reader's time zone. */
export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now);
}

/** The calendar date `days` days after `date` (negative goes back). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return toIsoDate(addDays(parsed, days));
}

/** How many calendar days `later` is after `earlier` (negative if before). */
export function calendarDaysBetween(earlier: IsoDate, later: IsoDate): number {
  const a = parseIsoDate(earlier);
  const b = parseIsoDate(later);
  if (!a || !b) throw new RangeError(`Not a calendar date: ${JSON.stringify(a ? later : earlier)}`);
  return differenceInCalendarDays(b, a);
}

/** The day number of `date` counted from the procedure date (procedure day = 0). */
export function dayNumberOf(procedureDate: IsoDate, date: IsoDate): number {
  return calendarDaysBetween(procedureDate, date);
}

/** The day you may start again after avoiding something through `lastDay`. */
export function resumeDay(lastDay: number): number {
  return lastDay + 1;
}

/** "day 0", "day 4", "day -14": how a day is named when no date is known. */
export function dayLabel(day: number): string {
  return `day ${day}`;
}

/** "through day 3": the wording for the last day of a window, used in tables and the handout. */
export function throughDayLabel(lastDay: number): string {
  return `through ${dayLabel(lastDay)}`;
}
