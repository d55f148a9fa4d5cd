/**
 * Builds the calendar file with the `ics` library and hands it to the reader as a download. The timeline
 * loads this module only when the reader presses "Add to my calendar" (dynamic import), so the library
 * costs nothing on first view. Nothing is sent anywhere: the file is made in the browser.
 */
import { createEvents } from 'ics';
import { calendarEvents, calendarFileName, foldIcsLines, type CalendarOptions } from '../lib/calendar';
import type { Plan, PlanText } from '../lib/plan';

/** The iCalendar (RFC 5545) text of a dated plan. */
export function buildIcsFile(plan: Plan, text: PlanText, options: CalendarOptions): string {
  const { error, value } = createEvents(calendarEvents(plan, text, options), {
    productId: `-//${text.siteName}//Recovery timeline//EN`,
    calName: `${text.siteName}: ${plan.procedure.name}`,
  });
  if (error || !value) throw error ?? new Error('The calendar file could not be made.');
  return foldIcsLines(value);
}

/** Makes the file and starts its download. */
export function downloadIcs(plan: Plan, text: PlanText, options: CalendarOptions): void {
  const blob = new Blob([buildIcsFile(plan, text, options)], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = calendarFileName(plan);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
