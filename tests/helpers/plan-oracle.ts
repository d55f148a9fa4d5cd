/**
 * What a recovery plan must say, worked out from the content by plain arithmetic, independently of
 * src/lib (no import from it): the tests compare the engine's output with this, never with itself.
 * The day convention: day 0 is the procedure day; a window avoids its first through its last day, inclusive,
 * and the thing may start again the day after.
 */

/** The content facts the oracle reads (the shape of PlanData, or of the raw content files). */
export interface OracleData {
  procedures: readonly { id: string; usualRednessThroughDay: number; crustingThroughDay?: number | undefined; recoveryThroughDay: number }[];
  restrictions: readonly { id: string; windows: readonly { procedure: string; firstDay: number; lastDay: number }[] }[];
  preparation: readonly { id: string; day: number }[];
}

/** The window of each restriction that applies to a type, in content order. */
export function windowsFor(data: OracleData, type: string) {
  return data.restrictions.flatMap((r) => {
    const w = r.windows.find((x) => x.procedure === type);
    return w ? [{ id: r.id, firstDay: w.firstDay, lastDay: w.lastDay }] : [];
  });
}

/** Ids of the restrictions in force on a day. */
export const avoidIds = (data: OracleData, type: string, day: number) =>
  windowsFor(data, type).filter((w) => w.firstDay <= day && day <= w.lastDay).map((w) => w.id);

/** Ids of the restrictions that may start again on a day (their last day was the day before). */
export const resumeIds = (data: OracleData, type: string, day: number) =>
  windowsFor(data, type).filter((w) => w.lastDay + 1 === day).map((w) => w.id);

const procedureOf = (data: OracleData, type: string) => {
  const p = data.procedures.find((x) => x.id === type);
  if (!p) throw new Error(`no procedure type ${type} in the content`);
  return p;
};

/** The first day after the recovery period: back to the usual routine. */
export const recoveryEndDay = (data: OracleData, type: string) => procedureOf(data, type).recoveryThroughDay + 1;

/** Every day something may start again, and the day the recovery period ends: sorted, each once. */
export function milestoneDays(data: OracleData, type: string): number[] {
  const days = new Set([...windowsFor(data, type).map((w) => w.lastDay + 1), recoveryEndDay(data, type)]);
  return [...days].sort((a, b) => a - b);
}

/** The days a plan must show at least: every preparation step, day 0, every window and its restart day, the recovery end. */
export function requiredRange(data: OracleData, type: string): { first: number; last: number } {
  const windows = windowsFor(data, type);
  return {
    first: Math.min(0, ...data.preparation.map((p) => p.day), ...windows.map((w) => w.firstDay)),
    last: Math.max(recoveryEndDay(data, type), ...windows.map((w) => w.lastDay + 1)),
  };
}

/**
 * The last day of each phase within the recovery period: every day after which something changes (a window
 * ends or is about to start, usual redness or crusting settles), and the recovery period's last day.
 */
export function phaseEndDays(data: OracleData, type: string): number[] {
  const p = procedureOf(data, type);
  const ends = new Set([p.recoveryThroughDay, p.usualRednessThroughDay, ...(p.crustingThroughDay !== undefined ? [p.crustingThroughDay] : [])]);
  for (const w of windowsFor(data, type)) {
    ends.add(w.lastDay);
    if (w.firstDay > 0) ends.add(w.firstDay - 1);
  }
  return [...ends].filter((d) => d >= 0 && d <= p.recoveryThroughDay).sort((a, b) => a - b);
}

/**
 * The phase of a day, as its id and heading: before the procedure; a stretch of the recovery period that ends
 * where something changes ("Days 4 to 7", "Day 5"); after the recovery period.
 */
export function phaseOfDay(data: OracleData, type: string, day: number): { id: string; heading: string } {
  const recovery = procedureOf(data, type).recoveryThroughDay;
  if (day < 0) return { id: 'before', heading: 'Before your procedure' };
  if (day > recovery) return { id: 'after', heading: `From day ${recovery + 1}: back to your usual routine` };
  let start = 0;
  for (const end of phaseEndDays(data, type)) {
    if (day <= end) {
      return start === end ? { id: `day-${start}`, heading: `Day ${start}` } : { id: `days-${start}-${end}`, heading: `Days ${start} to ${end}` };
    }
    start = end + 1;
  }
  throw new Error(`day ${day} is in no phase`);
}

/** Where a day falls: before the procedure, its day, during the recovery period, after it. */
export function stageOfDay(data: OracleData, type: string, day: number) {
  if (day < 0) return 'before';
  if (day === 0) return 'procedure-day';
  return day <= procedureOf(data, type).recoveryThroughDay ? 'recovery' : 'after';
}

/** `YYYY-MM-DD` plus some calendar days, by the Gregorian rules on UTC dates. */
export function plusDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d + days);
  return date.toISOString().slice(0, 10);
}
