/**
 * The day convention, encoded once (see src/components/content/DayConvention.astro for how it is explained to readers):
 * - the procedure day is day 0; day 1 is the next calendar day in the reader's own time zone;
 * - "avoid for N days" means avoid on days 0..N (lastDay N) and start again on day N + 1;
 * - days are calendar days, never 24-hour periods, so DST changes and time zones never shift a day.
 *
 * Calendar dates travel as ISO strings (`YYYY-MM-DD`). Arithmetic counts whole days on the proleptic
 * Gregorian calendar (an "epoch day" number), so it does not depend on the time zone at all. The reader's
 * time zone is used in exactly one place: finding today's date (`todayIso`).
 */

/** A calendar date as `YYYY-MM-DD`. */
import { libWords, LIB_WORDS } from './words';
import type { Locale } from '../schemas/vocabulary';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The year, month (1-12) and day of a real calendar date, or `undefined` (2026-02-30 is not one). */
export function isoDateParts(value: string): [year: number, month: number, day: number] | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return day <= last.getUTCDate() ? [year, month, day] : undefined;
}

/** Whether a string is a real calendar date in `YYYY-MM-DD` form (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  return isoDateParts(value) !== undefined;
}

/** Days since 1970-01-01 (negative before): the number calendar arithmetic is done on. */
export function epochDayOf(value: IsoDate): number {
  const parts = isoDateParts(value);
  if (!parts) throw new RangeError(`Not a calendar date: ${JSON.stringify(value)}`);
  const utc = new Date(0);
  utc.setUTCFullYear(parts[0], parts[1] - 1, parts[2]); // setUTCFullYear, unlike Date.UTC, keeps years 0-99
  return Math.round(utc.getTime() / MS_PER_DAY);
}

/** The calendar date of an epoch day. */
export function isoFromEpochDay(epochDay: number): IsoDate {
  const utc = new Date(epochDay * MS_PER_DAY);
  return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
}

/** Parses `YYYY-MM-DD` into a local-midnight Date, or `undefined` if it is not a real calendar date. */
export function parseIsoDate(value: string): Date | undefined {
  const parts = isoDateParts(value);
  if (!parts) return undefined;
  const date = new Date(0);
  date.setFullYear(parts[0], parts[1] - 1, parts[2]);
  date.setHours(0, 0, 0, 0);
  return date;
}

/** The calendar date of a moment in the local time zone, as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's calendar date in the reader's time zone. */
export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now);
}

/** The calendar date `days` days after `date` (negative goes back). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return isoFromEpochDay(epochDayOf(date) + days);
}

/** How many calendar days `later` is after `earlier` (negative if before). */
export function calendarDaysBetween(earlier: IsoDate, later: IsoDate): number {
  return epochDayOf(later) - epochDayOf(earlier);
}

/** The day number of `date` counted from the procedure date (procedure day = 0). */
export function dayNumberOf(procedureDate: IsoDate, date: IsoDate): number {
  return calendarDaysBetween(procedureDate, date);
}

/** The day you may start again after avoiding something through `lastDay`. */
export function resumeDay(lastDay: number): number {
  return lastDay + 1;
}

// Day wording: every place that names a day in words uses these, so they read the same everywhere.

/** "1 day", "3 days". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "day 0", "day 4", "14 days before": how a day is named when no date is known (never "day -14"). */
export function dayLabel(day: number, lang: Locale = 'en'): string {
  const words = libWords(lang);
  return day < 0 ? words.daysBefore(-day) : words.day(day);
}

/** "through day 3": the wording for the last day of a window, used in tables and the handout. */
export function throughDayLabel(lastDay: number, lang: Locale = 'en'): string {
  return libWords(lang).through(dayLabel(lastDay, lang));
}

/** "Days 4 to 7", or "Day 5" for a single day: a stretch of the plan. */
export function dayRangeLabel(firstDay: number, lastDay: number, lang: Locale = 'en'): string {
  const words = libWords(lang);
  return firstDay === lastDay ? words.Day(firstDay) : words.days(firstDay, lastDay);
}

/** When to start a step before the procedure: "On the day", "The day before", "14 days before". */
export function daysBeforeLabel(day: number, lang: Locale = 'en'): string {
  const words = libWords(lang);
  if (day >= 0) return words.onTheDay;
  return day === -1 ? words.dayBefore : words.daysBefore(-day);
}

/** The heading of a day in the plan: "3 days before", "Day 0: procedure day", "Day 4". */
export function dayTitle(day: number, lang: Locale = 'en'): string {
  const words = libWords(lang);
  if (day < 0) return words.daysBefore(-day);
  return day === 0 ? words.procedureDayTitle : words.Day(day);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date formatter for a locale and options, made once and reused: making one costs far more than using it, and
 * a dated plan formats hundreds of dates (on a phone, making each anew held up the page for a tenth of a second).
 */
export function dateFormat(locale: string | readonly string[] | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale as string | string[] | undefined, options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A calendar date in words in the reader's locale ("Friday, 4 December"). The date is formatted as noon UTC
 * in UTC, so no time zone can move it to the day before or after. The year is added when it is not `omitYear`.
 */
export function formatIsoDate(
  date: IsoDate,
  options: {
    locale?: string | readonly string[] | undefined;
    weekday?: boolean;
    omitYear?: number | undefined;
    /** Short names and no year, for table cells ("Thu, Dec 3"). */
    short?: boolean;
  } = {},
): string {
  const parts = isoDateParts(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  const noon = new Date(0);
  noon.setUTCFullYear(parts[0], parts[1] - 1, parts[2]);
  noon.setUTCHours(12);
  const format = dateFormat(options.locale, {
    timeZone: 'UTC',
    ...(options.weekday === false ? {} : { weekday: options.short ? 'short' : 'long' }),
    day: 'numeric',
    month: options.short ? 'short' : 'long',
    ...(options.short || options.omitYear === parts[0] ? {} : { year: 'numeric' }),
  });
  return format.format(noon);
}

/** The day convention in plain words, for every page and the island that explain the day numbers. */
export const DAY_CONVENTION_TEXT = LIB_WORDS.en.convention;
