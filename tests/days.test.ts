/**
 * The day convention: calendar dates, never 24-hour periods. `npm run test:unit` runs this file again under
 * several time zones (TZ=America/Los_Angeles, Pacific/Auckland, Asia/Kolkata, America/Santiago, UTC); every
 * result must be the same in each, except "today", which must be the reader's local date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  dateFormat,
  dayLabel,
  dayNumberOf,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
  resumeDay,
  throughDayLabel,
  todayIso,
} from '../src/lib/days';
import { dayRangeLabel, daysBeforeLabel, dayTitle, plural } from '../src/lib/days';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** An independent oracle: the next calendar day, by the Gregorian rules. */
function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  const [ny, nm, nd] = d < length ? [y, m, d + 1] : m < 12 ? [y, m + 1, 1] : [y + 1, 1, 1];
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/** Any real calendar date from 1900 to 2199. */
const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe(`the day convention (TZ=${zone})`, () => {
  it('runs in the time zone it was asked for (or the machine\'s own), and the local clock agrees with it', () => {
    // Without TZ the run uses the machine's zone: check that one, so this test always checks something.
    const tz = process.env['TZ'] || zone;
    // The local clock agrees with that zone (zone names may be aliases, e.g. Asia/Calcutta).
    for (const instant of [new Date('2026-01-15T12:34:00Z'), new Date('2026-07-15T12:34:00Z')]) {
      const there = new Intl.DateTimeFormat('en-US', { timeZone: tz, day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(instant);
      const part = (type: string) => Number(there.find((p) => p.type === type)?.value);
      expect([instant.getDate(), instant.getHours(), instant.getMinutes()]).toEqual([part('day'), part('hour'), part('minute')]);
    }
  });

  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    for (const good of ['2026-03-08', '2024-02-29', '2000-02-29', '2026-12-31', '0099-01-01']) expect(isIsoDate(good), good).toBe(true);
    for (const bad of ['2026-02-30', '2025-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-8', '26-03-08', 'garbage', '', '2026-03-08T00:00', ' 2026-03-08']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('parses a date to local midnight of that same calendar day', () => {
    const d = parseIsoDate('2026-03-08')!;
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]).toEqual([2026, 3, 8, 0]);
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
  });

  it('counts days across the DST changes of Los Angeles, Auckland and Santiago', () => {
    // America/Los_Angeles: clocks go forward 2026-03-08, back 2026-11-01.
    expect(addCalendarDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addCalendarDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addCalendarDays('2026-10-31', 1)).toBe('2026-11-01');
    expect(addCalendarDays('2026-10-31', 2)).toBe('2026-11-02');
    expect(calendarDaysBetween('2026-03-01', '2026-03-15')).toBe(14);
    expect(calendarDaysBetween('2026-10-25', '2026-11-08')).toBe(14);
    // Pacific/Auckland: back 2026-04-05, forward 2026-09-27.
    expect(addCalendarDays('2026-04-04', 2)).toBe('2026-04-06');
    expect(addCalendarDays('2026-09-26', 2)).toBe('2026-09-28');
    // America/Santiago changes at midnight, so some local midnights do not exist (2026-09-06).
    expect(addCalendarDays('2026-09-05', 1)).toBe('2026-09-06');
    expect(calendarDaysBetween('2026-09-05', '2026-09-07')).toBe(2);
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('numbers days from the procedure day', () => {
    expect(dayNumberOf('2026-03-06', '2026-03-06')).toBe(0);
    expect(dayNumberOf('2026-03-06', '2026-03-09')).toBe(3);
    expect(dayNumberOf('2026-03-06', '2026-02-20')).toBe(-14);
    expect(resumeDay(3)).toBe(4);
    expect(dayLabel(-14)).toBe('14 days before');
    expect(dayLabel(-1)).toBe('1 day before');
    expect(throughDayLabel(3)).toBe('through day 3');
  });

  it('refuses to count from something that is not a date', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => calendarDaysBetween('2026-01-01', 'garbage')).toThrow(RangeError);
  });

  it('takes today from the local clock, including just before and after midnight and DST changes', () => {
    const local = (instant: string) =>
      new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
    for (const instant of [
      '2026-03-08T07:59:59Z', '2026-03-08T08:00:00Z', '2026-03-08T10:30:00Z', '2026-11-01T06:59:00Z', '2026-11-01T09:00:00Z',
      '2026-04-04T13:30:00Z', '2026-09-26T14:30:00Z', '2026-09-06T03:30:00Z', '2026-12-31T23:59:59Z', '2026-12-31T18:29:59Z',
    ]) {
      expect(todayIso(new Date(instant)), instant).toBe(local(instant));
    }
  });

  it('names dates in the reader\'s locale without shifting them', () => {
    expect(formatIsoDate('2026-03-08', { locale: 'en-US' })).toBe('Sunday, March 8, 2026');
    expect(formatIsoDate('2026-11-01', { locale: 'en-GB', omitYear: 2026 })).toBe('Sunday 1 November');
    expect(formatIsoDate('2027-01-01', { locale: 'en-US', omitYear: 2026, weekday: false })).toBe('January 1, 2027');
    expect(formatIsoDate('2026-04-05', { locale: 'de-DE', omitYear: 2026 })).toBe('Sonntag, 5. April');
  });

  it('makes one date formatter per locale and options, and reuses it', () => {
    const options = { timeZone: 'UTC', month: 'long' } as const;
    expect(dateFormat('en-US', options)).toBe(dateFormat('en-US', { ...options }));
    expect(dateFormat('en-US', options)).not.toBe(dateFormat('es-US', options));
    expect(dateFormat('en-US', options)).not.toBe(dateFormat('en-US', { ...options, month: 'short' }));
    // A reused formatter still follows each call's own options: alternating them changes nothing.
    const a = formatIsoDate('2026-03-08', { locale: 'en-US', short: true });
    expect(formatIsoDate('2026-03-08', { locale: 'en-US' })).toBe('Sunday, March 8, 2026');
    expect(formatIsoDate('2026-03-08', { locale: 'en-US', short: true })).toBe(a);
    expect(a).toBe('Sun, Mar 8');
  });

  it('writes Spanish dates and day wording ("sábado, 28 de noviembre", "hasta el día 3")', () => {
    expect(formatIsoDate('2026-11-28', { locale: 'es-US', omitYear: 2026 })).toBe('sábado, 28 de noviembre');
    expect(dayLabel(3, 'es')).toBe('día 3');
    expect(throughDayLabel(3, 'es')).toBe('hasta el día 3');
    expect(dayRangeLabel(4, 7, 'es')).toBe('Días 4 a 7');
    expect(dayRangeLabel(4, 4, 'es')).toBe('Día 4');
    expect(daysBeforeLabel(-1, 'es')).toBe('El día antes');
    expect(daysBeforeLabel(-3, 'es')).toBe('3 días antes');
    expect(dayTitle(0, 'es')).toBe('Día 0: día del tratamiento');
  });

  it('property: consecutive days differ by exactly one calendar day, in any direction and distance', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -800, max: 800 }), (date, n) => {
        expect(addCalendarDays(date, 1)).toBe(nextDay(date));
        const later = addCalendarDays(date, n);
        expect(isIsoDate(later)).toBe(true);
        expect(calendarDaysBetween(date, later)).toBe(n);
        expect(addCalendarDays(later, -n)).toBe(date);
        expect(nextDay(addCalendarDays(date, n - 1))).toBe(later);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: a formatted date names the same calendar day and weekday in every time zone', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    /** Zeller-style day of the week (Sakamoto's method), independent of Date. */
    const weekday = (y: number, m: number, d: number) => {
      const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4][m - 1]!;
      const yy = m < 3 ? y - 1 : y;
      return weekdays[(yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + t + d) % 7]!;
    };
    fc.assert(
      fc.property(isoDate, (date) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        expect(formatIsoDate(date, { locale: 'en-US' })).toBe(`${weekday(y, m, d)}, ${months[m - 1]} ${d}, ${y}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('day wording', () => {
  it('names ranges, days before the procedure, and the days of the plan', () => {
    expect(dayRangeLabel(4, 7)).toBe('Days 4 to 7');
    expect(dayRangeLabel(5, 5)).toBe('Day 5');
    expect(daysBeforeLabel(0)).toBe('On the day');
    expect(daysBeforeLabel(-1)).toBe('The day before');
    expect(daysBeforeLabel(-14)).toBe('14 days before');
    expect(dayTitle(-1)).toBe('1 day before');
    expect(dayTitle(-3)).toBe('3 days before');
    expect(dayTitle(0)).toBe('Day 0: procedure day');
    expect(dayTitle(4)).toBe('Day 4');
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(2, 'day')).toBe('2 days');
  });
});
