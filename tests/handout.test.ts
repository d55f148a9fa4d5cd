/**
 * The handout's pure parts (src/lib/handout.ts): avoid-table rows, dates for a procedure, date wording that
 * no time zone can shift, the clinic block (never "undefined"), the warning tiers' shared advice, the review date.
 * `npm run test:unit` runs this file under several time zones too (`npm run test:tz` runs only those): the dates must not move.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween, isoFromEpochDay } from '../src/lib/days';
import {
  clinicLines,
  datedWindow,
  displayUrl,
  formatLongDate,
  formatShortDate,
  handoutAvoidGroups,
  handoutAvoidRows,
  handoutReviewDate,
  procedureName,
  sentences,
  throughParts,
  tierAdvice,
} from '../src/lib/handout';
import type { PlanData, PlanRestriction } from '../src/lib/plan';
import { loadPlanData } from './helpers/plan-content';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const content = loadPlanData();

/** A small made-up data set where the two types do not always agree. */
const procedures: PlanData['procedures'] = [
  { id: 'a', name: 'Type A', shortName: 'A', usualRednessThroughDay: 3, recoveryThroughDay: 14 },
  { id: 'b', name: 'Type B', shortName: 'B', usualRednessThroughDay: 3, recoveryThroughDay: 14 },
];
const restriction = (id: string, windows: [string, number][]): PlanRestriction => ({
  id,
  label: `Label ${id}`,
  windows: windows.map(([procedure, lastDay]) => ({ procedure, firstDay: 0, lastDay })),
});
const data: PlanData = {
  procedures,
  restrictions: [restriction('same', [['a', 3], ['b', 3]]), restriction('differs', [['a', 3], ['b', 7]]), restriction('only-b', [['b', 5]])],
  routine: [],
  preparation: [],
};

describe('handoutAvoidGroups', () => {
  it('puts rows with the same days for every type on one line, shortest days first, content order within', () => {
    const more: PlanData = {
      ...data,
      restrictions: [
        restriction('long', [['a', 14], ['b', 14]]),
        ...data.restrictions,
        restriction('same-too', [['a', 3], ['b', 3]]),
      ],
    };
    const groups = handoutAvoidGroups(handoutAvoidRows(more));
    expect(groups.map((g) => g.ids)).toEqual([['same', 'same-too'], ['only-b'], ['differs'], ['long']]);
    expect(groups[0]!.labels).toEqual(['Label same', 'Label same-too']);
    expect(groups[0]!.windows).toEqual([{ procedures: ['a', 'b'], firstDay: 0, lastDay: 3, resumeDay: 4, who: '', from: '', through: 'Day 3', resume: 'Day 4' }]);
  });

  it('keeps a row that starts on another day apart, though it ends on the same day (its bar starts elsewhere)', () => {
    const early = { ...restriction('early', [['a', 3], ['b', 3]]) };
    early.windows = early.windows.map((w) => ({ ...w, firstDay: -2 }));
    const groups = handoutAvoidGroups(handoutAvoidRows({ ...data, restrictions: [restriction('same', [['a', 3], ['b', 3]]), early] }));
    expect(groups.map((g) => g.ids)).toEqual([['same'], ['early']]);
    expect(groups[1]!.windows[0]!.firstDay).toBe(-2);
  });

  it('lists every restriction of the content exactly once', () => {
    const groups = handoutAvoidGroups(handoutAvoidRows(content));
    expect(groups.flatMap((g) => g.ids).sort()).toEqual(content.restrictions.map((r) => r.id).sort());
  });
});

describe('handoutAvoidRows', () => {
  const rows = handoutAvoidRows(data);

  it('keeps the content order and labels', () => {
    expect(rows.map((r) => [r.id, r.label])).toEqual([
      ['same', 'Label same'],
      ['differs', 'Label differs'],
      ['only-b', 'Label only-b'],
    ]);
  });

  it('says a window once when every type shares it, with no type prefix', () => {
    expect(rows[0]!.windows).toEqual([{ procedures: ['a', 'b'], firstDay: 0, lastDay: 3, resumeDay: 4, who: '', from: '', through: 'Day 3', resume: 'Day 4' }]);
  });

  it('names the types when their windows differ, and leaves out types it does not apply to', () => {
    expect(rows[1]!.windows.map((w) => [w.who, w.through, w.resume])).toEqual([
      ['A', 'Day 3', 'Day 4'],
      ['B', 'Day 7', 'Day 8'],
    ]);
    expect(rows[2]!.windows).toEqual([{ procedures: ['b'], firstDay: 0, lastDay: 5, resumeDay: 6, who: 'B', from: '', through: 'Day 5', resume: 'Day 6' }]);
  });

  it('says when a window starts before (or after) the procedure day, before its last day', () => {
    const before: PlanRestriction = { id: 'pre', label: 'Pre', windows: [{ procedure: 'a', firstDay: -5, lastDay: 6 }, { procedure: 'b', firstDay: 2, lastDay: 6 }] };
    const [row] = handoutAvoidRows({ ...data, restrictions: [before] });
    expect(row!.windows.map((w) => [w.who, w.from, w.through, w.resume])).toEqual([
      ['A', 'From 5 days before through ', 'day 6', 'Day 7'],
      ['B', 'From day 2 through ', 'day 6', 'Day 7'],
    ]);
    const [es] = handoutAvoidRows({ ...data, restrictions: [before] }, 'es');
    expect(es!.windows[0]!.from + es!.windows[0]!.through).toBe('Del 5 días antes al día 6');
  });

  it('has a row for every restriction in the content', () => {
    expect(handoutAvoidRows(content).map((r) => r.label)).toEqual(content.restrictions.map((r) => r.label));
  });
});

describe(`datedWindow (TZ=${zone})`, () => {
  it('gives the last day to avoid and the next day, as calendar dates', () => {
    expect(datedWindow(data.restrictions[1]!, 'b', '2026-11-30')).toEqual({ avoidThrough: '2026-12-07', startAgain: '2026-12-08' });
    expect(datedWindow(data.restrictions[0]!, 'a', '2026-12-29')).toEqual({ avoidThrough: '2027-01-01', startAgain: '2027-01-02' });
  });

  it('counts calendar days across a daylight saving change', () => {
    // US clocks change on 2027-03-14, Europe's on 2027-03-28: a day is still a day.
    expect(datedWindow(data.restrictions[0]!, 'a', '2027-03-12')).toEqual({ avoidThrough: '2027-03-15', startAgain: '2027-03-16' });
    expect(datedWindow(data.restrictions[1]!, 'b', '2027-03-25')).toEqual({ avoidThrough: '2027-04-01', startAgain: '2027-04-02' });
  });

  it('gives the first day too when it is not the procedure day', () => {
    const before: PlanRestriction = { id: 'pre', label: 'Pre', windows: [{ procedure: 'a', firstDay: -3, lastDay: 6 }] };
    expect(datedWindow(before, 'a', '2026-12-01')).toEqual({ avoidFrom: '2026-11-28', avoidThrough: '2026-12-07', startAgain: '2026-12-08' });
    const { from, through } = throughParts(formatShortDate('2026-11-28', 'en-US'), formatShortDate('2026-12-07', 'en-US'));
    expect(from + through).toBe('From Sat, Nov 28 through Mon, Dec 7');
    expect(throughParts(undefined, 'day 6')).toEqual({ from: '', through: 'Day 6' });
  });

  it('is undefined for a type the restriction does not apply to', () => {
    expect(datedWindow(data.restrictions[2]!, 'a', '2026-11-30')).toBeUndefined();
  });

  it('always lands lastDay days after the procedure, and starts again the day after (any date, every content window)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.constantFrom(...content.restrictions), fc.constantFrom(...content.procedures), (epochDay, r, p) => {
        const date = isoFromEpochDay(epochDay);
        const w = r.windows.find((x) => x.procedure === p.id);
        const dated = datedWindow(r, p.id, date);
        if (!w) return dated === undefined;
        return (
          dated !== undefined &&
          calendarDaysBetween(date, dated.avoidThrough) === w.lastDay &&
          dated.startAgain === addCalendarDays(dated.avoidThrough, 1)
        );
      }),
    );
  });
});

describe(`date wording (TZ=${zone})`, () => {
  it('writes short and long dates without moving them by a day', () => {
    expect(formatShortDate('2026-12-03', 'en-US')).toBe('Thu, Dec 3');
    expect(formatShortDate('2027-01-01', 'en-US')).toBe('Fri, Jan 1');
    expect(formatLongDate('2026-11-30', 'en-US')).toBe('Monday, November 30, 2026');
  });

  it('follows the reader\'s locale', () => {
    expect(formatShortDate('2026-12-03', 'en-GB')).toBe('Thu 3 Dec');
  });

  it('refuses a date that is not real', () => {
    expect(() => formatShortDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('clinicLines', () => {
  it('gives every line a label and, when unset, no value (the handout prints a line to write on)', () => {
    const lines = clinicLines({});
    expect(lines.map((l) => l.label)).toEqual(['Name', 'Phone', 'After hours', 'Address', 'Website']);
    for (const l of lines) expect(l).not.toHaveProperty('value');
    expect(JSON.stringify(lines)).not.toContain('undefined');
  });

  it('fills in what is set, with links for phones, website and email', () => {
    const lines = clinicLines({
      name: 'Riverside Clinic',
      phone: '(555) 010-4477',
      afterHoursPhone: '+1 555 010 9911',
      address: '1 Main St\nSpringfield',
      website: 'https://www.riverside.example.com/',
      email: 'care@riverside.example.com',
    });
    expect(lines).toEqual([
      { key: 'name', label: 'Name', value: 'Riverside Clinic' },
      { key: 'phone', label: 'Phone', value: '(555) 010-4477', tel: 'tel:5550104477' },
      { key: 'afterHoursPhone', label: 'After hours', value: '+1 555 010 9911', tel: 'tel:+15550109911' },
      { key: 'address', label: 'Address', value: '1 Main St\nSpringfield' },
      { key: 'website', label: 'Website', value: 'riverside.example.com', href: 'https://www.riverside.example.com/' },
      { key: 'email', label: 'Email', value: 'care@riverside.example.com', href: 'mailto:care@riverside.example.com' },
    ]);
  });

  it('treats blank text as unset', () => {
    expect(clinicLines({ phone: '   ' }).find((l) => l.key === 'phone')).toEqual({ key: 'phone', label: 'Phone' });
  });
});

describe('small wording helpers', () => {
  it('displayUrl drops the scheme, www and a trailing slash', () => {
    expect(displayUrl('https://aftercare.example.org/timeline/')).toBe('aftercare.example.org/timeline');
    expect(displayUrl('http://www.example.com')).toBe('example.com');
  });

  it('procedureName finds a type by id', () => {
    expect(procedureName(procedures, 'b')).toBe('Type B');
    expect(procedureName(procedures, 'x')).toBeUndefined();
  });
});

describe('tierAdvice', () => {
  it('says the sentences every action starts with once, and keeps the rest next to each sign', () => {
    const advice = tierAdvice(['Call today. If closed, call X.', 'Call today. If closed, call X. Bring a list.', 'Call today. If closed, call X.']);
    expect(advice).toEqual({ shared: 'Call today. If closed, call X.', rest: ['', 'Bring a list.', ''] });
  });

  it('shares nothing when the first sentences differ, and drops nothing', () => {
    const actions = ['Go now. Really.', 'Call soon.'];
    const advice = tierAdvice(actions);
    expect(advice.shared).toBe('');
    expect(advice.rest).toEqual(actions);
  });

  it('keeps a lone sign\'s whole action next to it', () => {
    expect(tierAdvice(['Go now.'])).toEqual({ shared: '', rest: ['Go now.'] });
  });

  it('never loses a word of any action', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('Call now.', 'Go to care.', 'Tell them.', 'Wait.'), { maxLength: 4 }), { minLength: 1, maxLength: 5 }), (lists) => {
        const actions = lists.map((l) => l.join(' '));
        const { shared, rest } = tierAdvice(actions);
        return actions.every((a, i) => [shared, rest[i]].filter(Boolean).join(' ') === sentences(a).join(' '));
      }),
    );
  });
});

describe('handoutReviewDate', () => {
  it('is the most recent review date', () => {
    const d = (s: string) => s;
    expect(handoutReviewDate([d('2026-11-20'), d('2027-01-05'), d('2026-12-01')])).toEqual(d('2027-01-05'));
    expect(handoutReviewDate([])).toBeUndefined();
    expect(handoutReviewDate([d('2026-11-20'), undefined]), 'one unreviewed page: no review date').toBeUndefined();
  });
});
