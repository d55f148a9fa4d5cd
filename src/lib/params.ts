/**
 * Reading the plan's settings from outside (the URL's `?date=&type=`, or what was stored on the device).
 * Never trusts input: only known keys are read, values are checked against the calendar and the procedure
 * types in the content, and problems come back as plain messages for the page to show as text.
 */
import { calendarDaysBetween, isIsoDate, type IsoDate } from './days';

/** The settings a personalized plan needs. */
import { libWords } from './words';
import type { Locale } from '../schemas/vocabulary';
export interface PlanParams {
  /** The procedure date, `YYYY-MM-DD`. */
  date: IsoDate;
  /** The procedure type id (a file name in content/procedures/). */
  type: string;
}

/** A problem with one setting, with a message a patient can act on. */
export interface ParamProblem {
  field: 'date' | 'type' | 'stored';
  message: string;
}

export interface ParamsContext {
  /** The procedure type ids from the content. */
  procedureIds: readonly string[];
  /** Today's date in the reader's time zone. */
  today: IsoDate;
  /** The language of the messages (default English). */
  lang?: Locale | undefined;
}

export type ParamsResult =
  | { ok: true; value: PlanParams }
  | { ok: false; problems: ParamProblem[]; value: Partial<PlanParams> };

/** How far from today a procedure date may be, in calendar days. */
export const MAX_DAYS_FROM_TODAY = 366;
/** The longest piece of a bad value repeated back in a message. */
const MAX_ECHO = 24;

/** A bad value shortened and quoted for a message (shown as text, never as HTML). */
function echo(value: string): string {
  const shown = [...value].slice(0, MAX_ECHO).join('');
  return `“${shown}${[...value].length > MAX_ECHO ? '…' : ''}”`;
}

/** Checks a procedure date: a real calendar date, within a year of today. */
export function checkDate(value: string, today: IsoDate, lang: Locale = 'en'): ParamProblem | undefined {
  const words = libWords(lang).params;
  if (!isIsoDate(value)) {
    return /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? { field: 'date', message: words.notRealDate(echo(value)) }
      : { field: 'date', message: words.cannotReadDate(echo(value)) };
  }
  if (Math.abs(calendarDaysBetween(today, value)) > MAX_DAYS_FROM_TODAY) {
    return { field: 'date', message: words.tooFar };
  }
  return undefined;
}

/** Checks a procedure type against the types in the content. */
export function checkType(value: string, procedureIds: readonly string[], lang: Locale = 'en'): ParamProblem | undefined {
  return procedureIds.includes(value)
    ? undefined
    : { field: 'type', message: libWords(lang).params.unknownType(echo(value)) };
}

/**
 * Validates settings. Missing values are not problems (the page uses its defaults); wrong ones are.
 * `value` keeps whatever was valid, so nothing good is lost.
 */
export function validatePlanParams(
  input: { date?: unknown; type?: unknown },
  context: ParamsContext,
): ParamsResult {
  const problems: ParamProblem[] = [];
  const value: Partial<PlanParams> = {};
  const date = typeof input.date === 'string' ? input.date.trim() : undefined;
  const type = typeof input.type === 'string' ? input.type.trim() : undefined;
  if (input.date !== undefined && input.date !== null && typeof input.date !== 'string') {
    problems.push({ field: 'date', message: libWords(context.lang).params.storedDate });
  }
  if (input.type !== undefined && input.type !== null && typeof input.type !== 'string') {
    problems.push({ field: 'type', message: libWords(context.lang).params.storedType });
  }
  if (date) {
    const problem = checkDate(date, context.today, context.lang);
    if (problem) problems.push(problem);
    else value.date = date;
  }
  if (type) {
    const problem = checkType(type, context.procedureIds, context.lang);
    if (problem) problems.push(problem);
    else value.type = type;
  }
  if (problems.length === 0 && value.date !== undefined && value.type !== undefined) {
    return { ok: true, value: { date: value.date, type: value.type } };
  }
  return { ok: false, problems, value };
}

/** Reads `date` and `type` from a URL query string. Other keys are ignored. */
export function readUrlParams(search: string, context: ParamsContext): ParamsResult {
  const params = new URLSearchParams(search);
  return validatePlanParams({ date: params.get('date') ?? undefined, type: params.get('type') ?? undefined }, context);
}

/** The key under which the plan's settings are stored on the device. */
export const STORAGE_KEY = 'aftercare-plan';

/** Reads stored settings (JSON). Corrupt or odd data gives a problem, never an exception. */
export function readStoredParams(raw: string | null, context: ParamsContext): ParamsResult {
  if (raw === null || raw === '') return { ok: false, problems: [], value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      ok: false,
      problems: [{ field: 'stored', message: libWords(context.lang).params.storedPlan }],
      value: {},
    };
  }
  // Only own, known keys: nothing from the prototype chain (`__proto__`) is read.
  const own = (key: string) => (Object.hasOwn(parsed as object, key) ? (parsed as Record<string, unknown>)[key] : undefined);
  return validatePlanParams({ date: own('date'), type: own('type') }, context);
}

/** Settings as the JSON stored on the device. */
export function serializeParams(params: PlanParams): string {
  return JSON.stringify({ date: params.date, type: params.type });
}

/** Settings as a query string (`?date=2026-11-27&type=rf`), for links that carry the plan. */
export function toQueryString(params: PlanParams): string {
  return `?${new URLSearchParams({ date: params.date, type: params.type }).toString()}`;
}

/** Where the plan's settings came from when the page opened. */
export type ParamsSource = 'url' | 'stored' | 'default';

/** The settings the page opens with, after reading the URL, then what was stored, then the defaults. */
export interface ResolvedParams {
  /** The procedure date; `undefined` when the one given could not be used (the plan then shows day numbers). */
  date?: IsoDate;
  /** The procedure type id (a known one: the default when none or a wrong one was given). */
  type: string;
  /** What was wrong, as messages for the page to show as text. */
  problems: ParamProblem[];
  /** URL when the URL had a setting, else stored when something was stored, else default. */
  source: ParamsSource;
}

/**
 * Decides the settings the page opens with. Each setting comes from the URL if the URL has it, else from the
 * device if stored there, else the default (today, the first procedure type). A given setting that is wrong
 * is reported and not replaced by a guess: a wrong date leaves the plan in day numbers until the reader
 * picks one; a wrong type falls back to the default type, which the form shows.
 */
export function resolvePlanParams(
  search: string,
  stored: string | null,
  context: ParamsContext & { defaultType: string },
): ResolvedParams {
  const params = new URLSearchParams(search);
  const given = { date: params.get('date')?.trim() || undefined, type: params.get('type')?.trim() || undefined };
  const url = validatePlanParams(given, context);
  const saved = readStoredParams(stored, context);
  const problems: ParamProblem[] = url.ok ? [] : [...url.problems];
  let usedStored = false;

  /** One setting: its value, or whether a value was given but could not be used. */
  const settle = (field: 'date' | 'type'): { value?: string; unusable: boolean } => {
    if (given[field] !== undefined) {
      const value = url.value[field];
      return value === undefined ? { unusable: true } : { value, unusable: false };
    }
    const value = saved.value[field];
    if (value !== undefined) {
      usedStored = true;
      return { value, unusable: false };
    }
    const problem = saved.ok ? undefined : saved.problems.find((p) => p.field === field);
    if (problem) problems.push(problem);
    return { unusable: problem !== undefined };
  };
  const date = settle('date');
  const type = settle('type');
  const corrupt = saved.ok ? undefined : saved.problems.find((p) => p.field === 'stored');
  if (corrupt && (given.date === undefined || given.type === undefined)) problems.push(corrupt);

  const resolvedDate = date.value ?? (date.unusable ? undefined : context.today);
  return {
    ...(resolvedDate !== undefined ? { date: resolvedDate } : {}),
    type: type.value ?? context.defaultType,
    problems,
    source: given.date !== undefined || given.type !== undefined ? 'url' : usedStored ? 'stored' : 'default',
  };
}

/** The message when the form is sent without a date. */
export const MISSING_DATE: ParamProblem = { field: 'date', message: libWords('en').params.missingDate };

/** The problem of a plan asked for without a date, in a language. */
export const missingDate = (lang: Locale = 'en'): ParamProblem => ({ field: 'date', message: libWords(lang).params.missingDate });

/** The query string of the settings the page shows: both when the date is known, else only the type. */
export function queryFor(settings: { date?: IsoDate | undefined; type: string }): string {
  return settings.date ? toQueryString({ date: settings.date, type: settings.type }) : `?${new URLSearchParams({ type: settings.type })}`;
}
