/** Routine wording shared by the guide pages and the handout. Pure. */

/** When in the day a step is done: "Morning and night", "Morning only", "Night only". */
export function timesLabel(times: readonly string[]): string {
  if (times.includes('morning') && times.includes('night')) return 'Morning and night';
  return times.includes('morning') ? 'Morning only' : 'Night only';
}

/** The first day of the routine: the earliest `fromDay` of its steps (0, the procedure day, if none). */
export function routineStartDay(steps: readonly { fromDay: number }[]): number {
  return steps.length > 0 ? Math.min(...steps.map((s) => s.fromDay)) : 0;
}
