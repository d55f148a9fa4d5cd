import { z } from 'astro/zod';
import { isIsoDate, type IsoDate } from '../lib/days';
import { unknownKeysMessage } from '../lib/suggest';

/** A day relative to the procedure day (day 0). Negative days are before the procedure. */
export const dayNumber = z.number().int('Use a whole number of days').min(-60).max(365);

/** Words patients might search with that the text itself may not use ("pool", "gym"). */
export const keywords = z.array(z.string().min(1)).default([]);

/** A plain-language sentence or paragraph (no empty strings). */
export const text = z.string().trim().min(1, 'This text must not be empty');

/**
 * A strict object: an unknown key is an error on that key (so the build names it as the field, even at the top
 * level of a file), naming the closest known one ("unknown key `notes`: did you mean `note`?"), so a typo
 * never drops a field without a word. While a key is unknown, the entry's other fields are checked after it is fixed.
 */
export function strictObject<const Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.preprocess((input, ctx) => {
    if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
      for (const key of Object.keys(input).filter((k) => !known.includes(k))) {
        ctx.addIssue({ code: 'custom', path: [key], message: unknownKeysMessage([key], known), input });
      }
    }
    return input;
  }, z.object(shape));
}

/** Whether a Date is exactly midnight UTC: what a YAML parser makes of a bare `2026-11-20`. */
const isUtcMidnight = (d: Date) =>
  !Number.isNaN(d.getTime()) && d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;

/** How a bad date value is repeated back in a message. */
function shown(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date and time ${value.toISOString()}`;
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
}

/**
 * A calendar date written `YYYY-MM-DD`, kept as that string (never a Date, so no time zone can move it).
 * YAML parsers turn a bare `2026-11-20` into midnight UTC: that is taken back to its date; anything else
 * ("Nov 20, 2026", a time of day, 2026-02-30) is an error naming the field.
 */
export function calendarDate(field: string) {
  return z.unknown().transform((value, ctx): IsoDate => toCalendarDate(field, value, ctx));
}

/** A calendar date as in calendarDate, or nothing when the field is left out. */
export function optionalCalendarDate(field: string) {
  return calendarDate(field).optional();
}

/** The date in `value`, or an issue naming the field. */
function toCalendarDate(field: string, value: unknown, ctx: z.core.$RefinementCtx): IsoDate {
  const iso = value instanceof Date && isUtcMidnight(value) ? value.toISOString().slice(0, 10) : value;
  if (typeof iso === 'string' && isIsoDate(iso)) return iso;
  ctx.addIssue({
    code: 'custom',
    message:
      value === undefined || value === null
        ? `${field} is missing: add a date like 2026-11-01 (year-month-day)`
        : `${field} must be a date like 2026-11-01 (year-month-day), not ${shown(value)}`,
  });
  return z.NEVER;
}
