import { libWords } from './words';
import type { Locale } from '../schemas/vocabulary';
/** Routine wording shared by the guide pages and the handout. Pure. */

/** When in the day a step is done: "Morning and night", "Morning only", "Night only". */
export function timesLabel(times: readonly string[], lang: Locale = 'en'): string {
  const words = libWords(lang);
  if (times.includes('morning') && times.includes('night')) return words.morningAndNight;
  return times.includes('morning') ? words.morningOnly : words.nightOnly;
}

/** The first day of the routine: the earliest `fromDay` of its steps (0, the procedure day, if none). */
export function routineStartDay(steps: readonly { fromDay: number }[]): number {
  return steps.length > 0 ? Math.min(...steps.map((s) => s.fromDay)) : 0;
}
