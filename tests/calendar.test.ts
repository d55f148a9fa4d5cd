/**
 * The calendar export: the events a dated plan gives, and the .ics file the `ics` library makes from them,
 * checked against the RFC 5545 rules calendar apps rely on. Expected days come from the content through an
 * independent oracle (tests/helpers/plan-oracle.ts). `npm run test:unit` runs this file again under several
 * time zones: all-day events must land on the same dates everywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarEvents, calendarFileName, foldIcsLines } from '../src/lib/calendar';
import { buildPlan, type PlanData, type PlanText } from '../src/lib/plan';
import { buildIcsFile } from '../src/islands/export-ics';
import { dateValue, parseIcs } from './helpers/ical';
import { loadPlanData, loadPlanText } from './helpers/plan-content';
import { milestoneDays, plusDays, recoveryEndDay, resumeIds } from './helpers/plan-oracle';

const data = loadPlanData();
const text = loadPlanText();
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const options = { uidDomain: 'aftercare.example.org', planUrl: 'https://aftercare.example.org/timeline/?date=2026-03-06&type=rf' };
const type = data.procedures.at(-1)!.id;
const asArray = (iso: string) => iso.split('-').map(Number);

/** The days an event is due: each day something may start again, and the day the recovery period ends. */
const eventDays = (content: PlanData, procedure: string) =>
  milestoneDays(content, procedure).filter((day) => resumeIds(content, procedure, day).length > 0 || day === recoveryEndDay(content, procedure));

/**
 * A small made-up data set where every restriction has a note and two end on the same day, so the checks
 * of notes and of shared days always run, whatever the content under test holds.
 */
const made: { data: PlanData; text: PlanText } = {
  data: {
    procedures: [{ id: 'x', name: 'Procedure X', shortName: 'X', usualRednessThroughDay: 2, recoveryThroughDay: 10 }],
    restrictions: [
      { id: 'sun', label: 'Direct sun', windows: [{ procedure: 'x', firstDay: 0, lastDay: 3 }] },
      { id: 'pool', label: 'Pools', windows: [{ procedure: 'x', firstDay: 0, lastDay: 3 }] },
      { id: 'acid', label: 'Acids', windows: [{ procedure: 'x', firstDay: -2, lastDay: 12 }] },
    ],
    routine: [],
    preparation: [],
  },
  text: {
    procedures: [{ id: 'x', summary: 'A made-up procedure.' }],
    restrictions: [
      { id: 'sun', label: 'Direct sun', reason: 'r', note: 'Wear a hat outside.' },
      { id: 'pool', label: 'Pools', reason: 'r', note: 'Pool water holds germs.' },
      { id: 'acid', label: 'Acids', reason: 'r', note: 'Ask before you restart a prescribed acid.' },
    ],
    routine: [],
    preparation: [],
    disclaimer: 'Made-up disclaimer: not advice.',
    siteName: 'Made-up site',
  },
};

describe(`the calendar export (TZ=${zone})`, () => {
  const plan = buildPlan(data, type, { procedureDate: '2026-03-06', today: '2026-03-07' });

  it('has one all-day event for each day something may start again and for the end of the recovery period', () => {
    for (const [content, words, procedure] of [[data, text, type], [made.data, made.text, 'x']] as const) {
      const dated = buildPlan(content, procedure, { procedureDate: '2026-03-06', today: '2026-03-07' });
      const events = calendarEvents(dated, words, options);
      const expectedDays = eventDays(content, procedure);
      expect(expectedDays).toContain(recoveryEndDay(content, procedure));
      expect(events.map((e) => e.start)).toEqual(expectedDays.map((day) => asArray(plusDays('2026-03-06', day))));
      expect(events.map((e) => e.end)).toEqual(expectedDays.map((day) => asArray(plusDays('2026-03-06', day + 1))));
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    }
  });

  it('puts the advice in each event: what may start again with its note, the disclaimer and the plan link', () => {
    for (const [content, words, procedure] of [[data, text, type], [made.data, made.text, 'x']] as const) {
      const dated = buildPlan(content, procedure, { procedureDate: '2026-03-06', today: '2026-03-07' });
      const events = calendarEvents(dated, words, options);
      let checkedNotes = 0;
      for (const day of eventDays(content, procedure)) {
        const event = events.find((e) => e.start.join('-') === asArray(plusDays('2026-03-06', day)).join('-'))!;
        expect(event, `an event on day ${day}`).toBeDefined();
        for (const id of resumeIds(content, procedure, day)) {
          const r = words.restrictions.find((x) => x.id === id)!;
          // The recovery end's title says so; what else starts again that day is in its description.
          if (day !== recoveryEndDay(content, procedure)) expect(event.title).toContain(r.label);
          expect(event.description).toContain(`- ${r.label}.`);
          if (r.note) {
            expect(event.description).toContain(r.note);
            checkedNotes++;
          }
        }
        expect(event.description).toContain(words.disclaimer);
        expect(event.description).toContain(options.planUrl);
      }
      expect(checkedNotes).toBe(words.restrictions.filter((r) => r.note && content.restrictions.find((x) => x.id === r.id)!.windows.some((w) => w.procedure === procedure)).length);
      const endDate = asArray(plusDays('2026-03-06', recoveryEndDay(content, procedure))).join('-');
      expect(events.filter((e) => /back to your usual routine/.test(e.title)).map((e) => e.start.join('-'))).toEqual([endDate]);
    }
    // The made-up set has notes on every restriction, two of them starting again on one day.
    const madeEvents = calendarEvents(buildPlan(made.data, 'x', { procedureDate: '2026-03-06' }), made.text, options);
    const day4 = madeEvents.find((e) => e.start.join('-') === '2026-3-10')!;
    expect(day4.description).toContain('- Direct sun. Wear a hat outside.');
    expect(day4.description).toContain('- Pools. Pool water holds germs.');
  });

  it('needs a procedure date', () => {
    expect(() => calendarEvents(buildPlan(data, type), text, options)).toThrow(RangeError);
    expect(calendarFileName(plan)).toBe(`recovery-plan-2026-03-06-${type}.ics`);
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
    for (const procedure of data.procedures.map((p) => p.id)) {
      for (const procedureDate of ['2026-03-06', '2026-10-28', '2026-04-03', '2026-09-25', '2026-12-28']) {
        const p = buildPlan(data, procedure, { procedureDate });
        const starts = parseIcs(buildIcsFile(p, text, options)).events.map((e) => dateValue(e.one('DTSTART').value));
        expect(starts).toEqual(eventDays(data, procedure).map((day) => plusDays(procedureDate, day)));
      }
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
