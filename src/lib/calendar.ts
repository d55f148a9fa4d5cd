/**
 * The calendar export, as data: from a dated plan, one all-day event for each day something may start
 * again and for the day the recovery period is over, with the advice in the description. Pure (no DOM):
 * the `ics` library turns these into a file in a module the page loads only when the reader asks for it.
 * Every word of advice comes from the plan and its text (the content); the wording around it is UI text.
 */
import type { EventAttributes } from 'ics';
import { addCalendarDays, isoDateParts, type IsoDate } from './days';
import type { Milestone, Plan, PlanText } from './plan';
import { libWords } from './words';
import type { Locale } from '../schemas/vocabulary';

/** An all-day event: `start` is the day, `end` the day after (iCalendar's end is exclusive). */
export type CalendarEvent = EventAttributes & {
  uid: string;
  title: string;
  description: string;
  start: [number, number, number];
  end: [number, number, number];
};

export interface CalendarOptions {
  /** A domain for the events' UIDs (the site's host), so re-importing updates rather than duplicates. */
  uidDomain: string;
  /** A link back to the plan, shown in each event. */
  planUrl?: string | undefined;
  /** The language of the events' titles and descriptions (default English). */
  lang?: Locale | undefined;
}

/** `YYYY-MM-DD` as the `[year, month, day]` an all-day event takes. */
export function dateArray(date: IsoDate): [number, number, number] {
  const parts = isoDateParts(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return parts;
}

/** The events of a dated plan, in date order. Throws for a plan without a procedure date. */
export function calendarEvents(plan: Plan, text: PlanText, options: CalendarOptions): CalendarEvent[] {
  const { procedureDate } = plan;
  if (!procedureDate) throw new RangeError('The calendar needs a plan with a procedure date.');
  const restriction = (id: string) => {
    const found = text.restrictions.find((r) => r.id === id);
    if (!found) throw new RangeError(`No text for restriction ${JSON.stringify(id)}`);
    return found;
  };
  const words = libWords(options.lang);
  const footer = [text.disclaimer, ...(options.planUrl ? [words.calendar.yourPlan(options.planUrl)] : [])];
  const lastRecoveryDay = plan.recoveryEnd.day - 1;

  return plan.milestones
    .filter((m) => m.resume.length > 0 || m.recoveryEnds)
    .map((m: Milestone) => {
      const date = addCalendarDays(procedureDate, m.day);
      const labels = m.resume.map((id) => restriction(id).label);
      const heading = words.calendar.heading(plan.procedure.name, m.day);
      const title = m.recoveryEnds
        ? `${heading}: ${words.backToNormal.toLowerCase()}`
        : words.calendar.startAgain(heading, labels.join('; '));
      const lines: string[] = [];
      if (m.recoveryEnds) {
        lines.push(words.calendar.recoveryEnded(lastRecoveryDay));
      }
      if (m.resume.length > 0) {
        lines.push(words.calendar.startToday);
        for (const id of m.resume) {
          const r = restriction(id);
          lines.push(`- ${r.label}.${r.note ? ` ${r.note}` : ''}`);
        }
      }
      return {
        uid: `${procedureDate}-${plan.procedure.id}-day${m.day}@${options.uidDomain}`,
        title,
        description: [...lines, '', ...footer].join('\n'),
        start: dateArray(date),
        end: dateArray(addCalendarDays(date, 1)),
        transp: 'TRANSPARENT',
        busyStatus: 'FREE',
        ...(options.planUrl ? { url: options.planUrl } : {}),
      } satisfies CalendarEvent;
    });
}

/** The calendar file's name: `recovery-plan-2026-12-02-rf.ics`. */
export function calendarFileName(plan: Plan): string {
  return `recovery-plan-${plan.procedureDate ?? 'undated'}-${plan.procedure.id}.ics`;
}

/** The number of bytes a code point takes in UTF-8. */
const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds iCalendar content lines at 75 octets (RFC 5545 section 3.1), never inside a UTF-8 character:
 * continuation lines start with one space. Unfolds first, so lines folded by character count come out right.
 */
export function foldIcsLines(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let bytes = 0;
      let limit = 75;
      for (const char of line) {
        const size = utf8Length(char.codePointAt(0)!);
        if (bytes + size > limit) {
          parts.push(current);
          current = '';
          bytes = 0;
          limit = 74; // the leading space of a continuation line counts
        }
        current += char;
        bytes += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
