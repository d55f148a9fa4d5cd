/**
 * Pure helpers for the printable handout (src/pages/handout.astro and its personalization script): the rows of
 * the avoid table, the calendar dates for one procedure, date wording that never depends on the reader's time
 * zone, the clinic's contact lines (with blanks to write on), the shared advice of each warning tier, and the
 * handout's review date. No DOM, no Astro.
 */
import { addCalendarDays, dayLabel, formatIsoDate, resumeDay, type IsoDate } from './days';
import { windowFor, type PlanData, type PlanProcedure, type PlanRestriction } from './plan';
import { formatWindow, groupWindows } from './windows';
import { telHref } from './contact';
import { capitalize, libWords } from './words';
import type { Locale as Lang } from '../schemas/vocabulary';

/** One "avoid through / start again" pair in an undated row, for the procedure types that share it. */
export interface HandoutWindow {
  /** Ids of the procedure types sharing this window. */
  procedures: string[];
  /** The first day to avoid it (0 unless it starts before or after the procedure day): rows group by it too. */
  firstDay: number;
  lastDay: number;
  resumeDay: number;
  /** The types' short names when the types' windows differ ("RF"), or empty when every type shares it. */
  who: string;
  /** The cells' days: "Day 3", "Day 4" (a cell reads "RF: Day 7" with `who`). */
  through: string;
  resume: string;
  /** Before `through`, when the window does not start on the procedure day: "From 5 days before through ". */
  from: string;
}

/**
 * The "avoid through" cell in two parts: what comes before the last day ("From 5 days before through ", when
 * the window does not start on the procedure day; else nothing), and the last day, which stays in one piece.
 * `first` and `last` are day names or dates.
 */
export function throughParts(first: string | undefined, last: string, lang: Lang = 'en'): { from: string; through: string } {
  if (first === undefined) return { from: '', through: capitalize(last) };
  const mark = '\u0000';
  return { from: capitalize(libWords(lang).fromThrough(first, mark).split(mark)[0]!), through: last };
}

/** One row of the handout's avoid table. */
export interface HandoutAvoidRow {
  id: string;
  label: string;
  windows: HandoutWindow[];
}

/** The avoid table's rows, in content order, with procedure types that share a window said once. */
export function handoutAvoidRows(data: PlanData, lang: Lang = 'en'): HandoutAvoidRow[] {
  return data.restrictions.map((restriction) => ({
    id: restriction.id,
    label: restriction.label,
    windows: groupWindows(restriction, data.procedures, lang).map((g) => ({
      procedures: g.procedures.map((p) => p.id),
      firstDay: g.firstDay,
      lastDay: g.lastDay,
      resumeDay: g.resumeDay,
      who: g.who,
      ...throughParts(g.firstDay === 0 ? undefined : dayLabel(g.firstDay, lang), dayLabel(g.lastDay, lang), lang),
      resume: formatWindow(g, 'resume', undefined, lang),
    })),
  }));
}

/** Rows that share the same days for every procedure type: one line on paper ("Through day 3: A, B, C"). */
export interface HandoutAvoidGroup {
  /** The rows' ids, in content order; the first stands for the group when dates are filled in. */
  ids: string[];
  labels: string[];
  windows: HandoutWindow[];
}

/**
 * The avoid table's rows grouped by their days, shortest first, so paper says each window once and the
 * handout still fits on two pages as the list grows. Rows keep their content order within a group.
 */
export function handoutAvoidGroups(rows: readonly HandoutAvoidRow[]): HandoutAvoidGroup[] {
  const groups = new Map<string, HandoutAvoidGroup>();
  for (const row of rows) {
    const key = JSON.stringify(row.windows);
    const group = groups.get(key);
    if (group) {
      group.ids.push(row.id);
      group.labels.push(row.label);
    } else groups.set(key, { ids: [row.id], labels: [row.label], windows: row.windows });
  }
  const latest = (g: HandoutAvoidGroup) => Math.max(...g.windows.map((w) => w.lastDay));
  return [...groups.values()].sort((a, b) => latest(a) - latest(b));
}

/** The calendar dates of one restriction for one procedure: the last day to avoid it and the day to start again. */
export interface DatedWindow {
  /** The first day to avoid it, when that is not the procedure day. */
  avoidFrom?: IsoDate;
  avoidThrough: IsoDate;
  startAgain: IsoDate;
}

/** The dates for a restriction after a procedure on `procedureDate`, or `undefined` if it does not apply to that type. */
export function datedWindow(restriction: PlanRestriction, procedureId: string, procedureDate: IsoDate): DatedWindow | undefined {
  const w = windowFor(restriction, procedureId);
  if (!w) return undefined;
  return {
    ...(w.firstDay !== 0 ? { avoidFrom: addCalendarDays(procedureDate, w.firstDay) } : {}),
    avoidThrough: addCalendarDays(procedureDate, w.lastDay),
    startAgain: addCalendarDays(procedureDate, resumeDay(w.lastDay)),
  };
}

type Locale = string | readonly string[] | undefined;

/**
 * "Thu, Dec 3" (en-US) or "Thu 3 Dec" (en-GB): a date in a table cell, in the reader's locale like the
 * timeline. Formatted as noon UTC in UTC, so no time zone moves it to another day.
 */
export function formatShortDate(date: IsoDate, locale?: Locale): string {
  return formatIsoDate(date, { locale, short: true });
}

/** "Monday, November 30, 2026": the procedure date at the top of the handout (the timeline's wording, with the year). */
export function formatLongDate(date: IsoDate, locale?: Locale): string {
  return formatIsoDate(date, { locale });
}

/** The clinic's contact details as the site config holds them (every field optional). */
export interface ClinicDetails {
  name?: string | undefined;
  phone?: string | undefined;
  afterHoursPhone?: string | undefined;
  address?: string | undefined;
  website?: string | undefined;
  email?: string | undefined;
}

/** One line of the clinic block: a label and the value, or no value (the handout prints a line to write on). */
export interface ClinicLine {
  key: 'name' | 'phone' | 'afterHoursPhone' | 'address' | 'website' | 'email';
  label: string;
  value?: string;
  /** For phone numbers: the `tel:` address. */
  tel?: string;
  /** For the website and email: the link target (the value shows the short form). */
  href?: string;
}

/** A web address as people write it: no `https://`, no `www.`, no trailing slash ("clinic.example.com/care"). */
export function displayUrl(url: string): string {
  return url.trim().replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '');
}

/**
 * The clinic block's lines, in print order. Name, phones, address and website always get a line (blank to
 * write on when unset); email only when set.
 */
export function clinicLines(clinic: ClinicDetails, lang: Lang = 'en'): ClinicLine[] {
  const labels = libWords(lang).clinic;
  const line = (key: ClinicLine['key'], label: string): ClinicLine => {
    const value = clinic[key]?.trim();
    if (!value) return { key, label };
    if (key === 'phone' || key === 'afterHoursPhone') return { key, label, value, tel: telHref(value) };
    if (key === 'website') return { key, label, value: displayUrl(value), href: value };
    if (key === 'email') return { key, label, value, href: `mailto:${value}` };
    return { key, label, value };
  };
  const lines = [
    line('name', labels.name),
    line('phone', labels.phone),
    line('afterHoursPhone', labels.afterHoursPhone),
    line('address', labels.address),
    line('website', labels.website),
  ];
  return clinic.email?.trim() ? [...lines, line('email', labels.email)] : lines;
}

/** Splits advice into sentences ("Call today. If closed, call X." -> two sentences). */
export function sentences(text: string): string[] {
  return text.trim().split(/(?<=[.!?])\s+/).filter(Boolean);
}

/**
 * What a warning tier's signs have in common: the sentences every action starts with (said once, under the
 * tier's heading) and what is left of each action (said next to its sign). Nothing is dropped.
 */
export function tierAdvice(actions: readonly string[]): { shared: string; rest: string[] } {
  const split = actions.map(sentences);
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((s) => s.length > n && s[n] === first[n])) n++;
  // A lone sign keeps its whole action next to it.
  if (actions.length < 2) n = 0;
  return { shared: first.slice(0, n).join(' '), rest: split.map((s) => s.slice(n).join(' ')) };
}

/**
 * The handout's "last reviewed" date: the most recent review of the guide pages it summarizes (they are
 * reviewed together; each page shows its own date). `undefined` when there are none.
 */
export function handoutReviewDate(dates: readonly (IsoDate | undefined)[]): IsoDate | undefined {
  // One page no clinician has reviewed, and the handout cannot claim a review.
  if (dates.some((d) => d === undefined)) return undefined;
  // `YYYY-MM-DD` strings sort as their dates do.
  return dates.reduce<IsoDate | undefined>((latest, d) => (!latest || d! > latest ? d : latest), undefined);
}

/** The procedure type's full name, for the personalized heading. */
export function procedureName(procedures: readonly PlanProcedure[], id: string): string | undefined {
  return procedures.find((p) => p.id === id)?.name;
}
