/**
 * The calendar export: the events a dated plan gives, and the .ics file the `ics` library makes from them,
 * checked against the RFC 5545 rules calendar apps rely on. `npm run test:unit` runs this file again under
 * several time zones: all-day events must land on the same dates everywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, resumeDay } from '../src/lib/days';
import { calendarEvents, calendarFileName, foldIcsLines } from '../src/lib/calendar';
import { buildPlan } from '../src/lib/plan';
import { buildIcsFile } from '../src/islands/export-ics';
import { dateValue, parseIcs } from './helpers/ical';
import { loadPlanData, loadPlanText } from './helpers/plan-content';

const data = loadPlanData();
const text = loadPlanText();
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const options = { uidDomain: 'aftercare.example.org', planUrl: 'https://aftercare.example.org/timeline/?date=2026-03-06&type=rf' };
const label = (id: string) => text.restrictions.find((r) => r.id === id)!.label;

describe(`the calendar export (TZ=${zone})`, () => {
  const plan = buildPlan(data, 'rf', { procedureDate: '2026-03-06', today: '2026-03-07' });

  it('has one all-day event for each day something may start again and for the end of the recovery period', () => {
    const events = calendarEvents(plan, text, options);
    const expectedDays = plan.milestones.filter((m) => m.resume.length > 0 || m.recoveryEnds).map((m) => m.day);
    expect(expectedDays).toContain(plan.recoveryEnd.day);
    expect(events.map((e) => e.start)).toEqual(
      expectedDays.map((day) => addCalendarDays('2026-03-06', day).split('-').map(Number)),
    );
    for (const e of events) {
      const [y, m, d] = e.start;
      const startIso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(e.end).toEqual(addCalendarDays(startIso, 1).split('-').map(Number));
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('puts the advice in each event: what may start again, its note, the disclaimer and the plan link', () => {
    const events = calendarEvents(plan, text, options);
    const makeupDay = resumeDay(data.restrictions.find((r) => r.id === 'makeup')!.windows.find((w) => w.procedure === 'rf')!.lastDay);
    const makeupEvent = events.find((e) => e.start.join('-') === addCalendarDays('2026-03-06', makeupDay).split('-').map(Number).join('-'))!;
    expect(makeupEvent.title).toContain(label('makeup'));
    expect(makeupEvent.description).toContain(label('makeup'));
    const note = text.restrictions.find((r) => r.id === 'makeup')!.note;
    if (note) expect(makeupEvent.description).toContain(note);
    expect(makeupEvent.description).toContain(text.disclaimer);
    expect(makeupEvent.description).toContain(options.planUrl);
    const last = events.at(-1)!;
    expect(last.title).toMatch(/back to your usual routine/);
  });

  it('needs a procedure date', () => {
    expect(() => calendarEvents(buildPlan(data, 'rf'), text, options)).toThrow(RangeError);
    expect(calendarFileName(plan)).toBe('recovery-plan-2026-03-06-rf.ics');
  });

  it('makes a valid iCalendar file whose all-day events fall on the plan dates', () => {
    const ics = buildIcsFile(plan, text, options);
    const calendar = parseIcs(ics);
    const events = calendarEvents(plan, text, options);
    expect(calendar.events).toHaveLength(events.length);
    calendar.events.forEach((event, i) => {
      const expected = events[i]!;
      expect(event.one('DTSTART').params).toBe(';VALUE=DATE');
      expect(dateValue(event.one('DTSTART').value).split('-').map(Number)).toEqual(expected.start);
      expect(dateValue(event.one('DTEND').value).split('-').map(Number)).toEqual(expected.end);
      expect(event.text('SUMMARY')).toBe(expected.title);
      expect(event.text('DESCRIPTION')).toBe(expected.description);
      expect(event.one('UID').value).toBe(expected.uid);
    });
    expect(calendar.props.get('PRODID')![0]!.value).toContain(text.siteName);
  });

  it('makes the same dates across DST changes, time zones and the new year', () => {
    for (const procedureDate of ['2026-03-06', '2026-10-28', '2026-04-03', '2026-09-25', '2026-12-28']) {
      const p = buildPlan(data, 'traditional', { procedureDate });
      const starts = parseIcs(buildIcsFile(p, text, options)).events.map((e) => dateValue(e.one('DTSTART').value));
      const expected = p.milestones.filter((m) => m.resume.length > 0 || m.recoveryEnds).map((m) => addCalendarDays(procedureDate, m.day));
      expect(starts).toEqual(expected);
    }
  });

  it('property: folding keeps every line within 75 octets, never splits a character, and unfolds to the same text', () => {
    const char = fc.constantFrom('a', ' ', ',', ';', 'é', '°', '“', '”', '—', '😀', '中');
    fc.assert(
      fc.property(fc.array(fc.array(char, { maxLength: 300 }).map((c) => c.join('')), { minLength: 1, maxLength: 5 }), (lines) => {
        const content = lines.map((l, i) => `X-LINE${i}:${l}`).join('\r\n');
        const folded = foldIcsLines(content);
        for (const physical of folded.split('\r\n')) {
          expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
          expect(physical).not.toMatch(/[\uD800-\uDBFF]$/); // no half of a surrogate pair at the end
        }
        expect(folded.replace(/\r\n /g, '')).toBe(content);
      }),
      { numRuns: 300 },
    );
  });
});
