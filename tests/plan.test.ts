/**
 * The plan engine, on the real content and on generated data. `npm run test:unit` runs this file again under
 * several time zones; a plan must not depend on the zone (only "today" does, and it is passed in).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, resumeDay } from '../src/lib/days';
import { buildPlan, PHASES, planRange, type PlanData } from '../src/lib/plan';
import { loadPlanData } from './helpers/plan-content';

const data = loadPlanData();
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const types = data.procedures.map((p) => p.id);
const windowOf = (restrictionId: string, type: string) =>
  data.restrictions.find((r) => r.id === restrictionId)!.windows.find((w) => w.procedure === type);

/** Any real calendar date from 1970 to 2199. */
const isoDate = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe(`the recovery plan (TZ=${zone})`, () => {
  it('has content to plan with', () => {
    expect(types).toEqual(expect.arrayContaining(['traditional', 'rf']));
    expect(data.restrictions.length).toBeGreaterThan(5);
  });

  it('covers the preparation days from day -14 and the days through at least day 15', () => {
    for (const type of types) {
      const { days } = buildPlan(data, type);
      expect(days[0]!.day).toBeLessThanOrEqual(-14);
      expect(days.at(-1)!.day).toBeGreaterThanOrEqual(15);
      days.forEach((d, i) => i > 0 && expect(d.day).toBe(days[i - 1]!.day + 1));
    }
  });

  it('without a date, uses day numbers only and marks no day as today', () => {
    const plan = buildPlan(data, 'rf', { today: '2026-11-27' });
    expect(plan.procedureDate).toBeUndefined();
    expect(plan.summary).toBeUndefined();
    expect(plan.days.every((d) => d.date === undefined && !d.isToday)).toBe(true);
  });

  it('puts the right calendar date on each day across the Los Angeles DST changes (March 8 and November 1, 2026)', () => {
    const spring = buildPlan(data, 'traditional', { procedureDate: '2026-03-06', today: '2026-03-09' });
    const byDay = (n: number) => spring.days.find((d) => d.day === n)!;
    expect(byDay(0).date).toBe('2026-03-06');
    expect(byDay(2).date).toBe('2026-03-08');
    expect(byDay(3).date).toBe('2026-03-09');
    expect(byDay(-14).date).toBe('2026-02-20');
    expect(spring.today).toBe(3);
    expect(spring.days.filter((d) => d.isToday).map((d) => d.day)).toEqual([3]);

    const autumn = buildPlan(data, 'rf', { procedureDate: '2026-10-30', today: '2026-11-01' });
    expect(autumn.days.find((d) => d.day === 2)!.date).toBe('2026-11-01');
    expect(autumn.days.find((d) => d.day === 3)!.date).toBe('2026-11-02');
    expect(autumn.summary?.day).toBe(2);
  });

  it('puts the right calendar date on each day across the Auckland DST changes and the new year', () => {
    const april = buildPlan(data, 'rf', { procedureDate: '2026-04-04', today: '2026-04-06' });
    expect(april.days.find((d) => d.day === 1)!.date).toBe('2026-04-05');
    expect(april.today).toBe(2);
    const september = buildPlan(data, 'rf', { procedureDate: '2026-09-26', today: '2026-09-27' });
    expect(september.today).toBe(1);
    const newYear = buildPlan(data, 'traditional', { procedureDate: '2026-12-28', today: '2027-01-01' });
    expect(newYear.days.find((d) => d.day === 4)!.date).toBe('2027-01-01');
    expect(newYear.today).toBe(4);
  });

  it('follows the phases of recovery in order', () => {
    for (const type of types) {
      const procedure = data.procedures.find((p) => p.id === type)!;
      const { days } = buildPlan(data, type);
      const order = days.map((d) => PHASES.indexOf(d.phase));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(days.find((d) => d.day === -1)!.phase).toBe('preparation');
      expect(days.find((d) => d.day === 0)!.phase).toBe('first-days');
      expect(days.find((d) => d.day === procedure.usualRednessThroughDay)!.phase).toBe('first-days');
      expect(days.find((d) => d.day === procedure.recoveryThroughDay)!.phase).toBe('second-week');
      expect(days.find((d) => d.day === procedure.recoveryThroughDay + 1)!.phase).toBe('back-to-normal');
    }
  });

  it('lists the preparation steps on their days and the routine from its first day', () => {
    const { days } = buildPlan(data, 'traditional');
    for (const step of data.preparation) expect(days.find((d) => d.day === step.day)!.prepare).toContain(step.id);
    expect(days.filter((d) => d.day < 0).every((d) => d.routine.length === 0)).toBe(true);
    const routineIds = [...data.routine].sort((a, b) => a.order - b.order).filter((s) => s.fromDay <= 0).map((s) => s.id);
    expect(days.find((d) => d.day === 0)!.routine).toEqual(routineIds);
  });

  it('says what may start again on the day after each window, and the next milestone on every day', () => {
    for (const type of types) {
      const plan = buildPlan(data, type, { procedureDate: '2026-11-25', today: '2026-11-27' });
      for (const r of data.restrictions) {
        const w = windowOf(r.id, type);
        if (!w) continue;
        const resumeDays = plan.days.filter((d) => d.resume.includes(r.id)).map((d) => d.day);
        expect(resumeDays).toEqual([resumeDay(w.lastDay)]);
        expect(plan.milestones.find((m) => m.day === resumeDay(w.lastDay))!.resume).toContain(r.id);
      }
      expect(plan.recoveryEnd.day).toBe(data.procedures.find((p) => p.id === type)!.recoveryThroughDay + 1);
      expect(plan.recoveryEnd.date).toBe(addCalendarDays('2026-11-25', plan.recoveryEnd.day));
      for (const d of plan.days) {
        const expected = plan.milestones.find((m) => m.day > d.day);
        expect(d.next?.day).toBe(expected?.day);
      }
      expect(plan.nextMilestone).toEqual(plan.milestones.find((m) => m.day > 2));
    }
  });

  it('sums up today before, on, during and after the recovery', () => {
    const on = (today: string) => buildPlan(data, 'rf', { procedureDate: '2026-12-01', today }).summary!;
    const before = on('2026-11-20');
    expect(before).toMatchObject({ stage: 'before', day: -11, avoid: [] });
    expect(before.preparation.map((p) => p.id)).toEqual(
      [...data.preparation].sort((a, b) => a.day - b.day || a.order - b.order).map((p) => p.id),
    );
    expect(before.preparation[0]!.date).toBe(addCalendarDays('2026-12-01', before.preparation[0]!.day));

    const procedureDay = on('2026-12-01');
    expect(procedureDay.stage).toBe('procedure-day');
    expect(procedureDay.avoid).toEqual(data.restrictions.filter((r) => windowOf(r.id, 'rf')?.firstDay === 0).map((r) => r.id));

    const makeupEnd = windowOf('makeup', 'rf')!.lastDay;
    const resuming = on(addCalendarDays('2026-12-01', resumeDay(makeupEnd)));
    expect(resuming.stage).toBe('recovery');
    expect(resuming.resume).toContain('makeup');
    expect(resuming.avoid).not.toContain('makeup');
    expect(on(addCalendarDays('2026-12-01', makeupEnd)).avoid).toContain('makeup');
    expect(on(addCalendarDays('2026-12-01', makeupEnd)).next?.resume).toContain('makeup');

    const after = on('2027-02-01');
    expect(after).toMatchObject({ stage: 'after', avoid: [], resume: [] });
    expect(after.next).toBeUndefined();
  });

  it('refuses an unknown procedure type', () => {
    expect(() => buildPlan(data, '<script>')).toThrow(RangeError);
  });

  it('property: for every date and type, each restriction is listed on exactly the days from its first through its last day', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom(...types), fc.integer({ min: -30, max: 30 }), (procedureDate, type, todayOffset) => {
        const today = addCalendarDays(procedureDate, todayOffset);
        const plan = buildPlan(data, type, { procedureDate, today });
        for (const r of data.restrictions) {
          const w = windowOf(r.id, type);
          const listed = plan.days.filter((d) => d.avoid.includes(r.id)).map((d) => d.day);
          const expected = w ? Array.from({ length: w.lastDay - w.firstDay + 1 }, (_, i) => w.firstDay + i) : [];
          expect(listed).toEqual(expected);
        }
        plan.days.forEach((d, i) => {
          expect(d.date).toBe(addCalendarDays(procedureDate, d.day));
          if (i > 0) expect(d.date).toBe(addCalendarDays(plan.days[i - 1]!.date!, 1));
        });
        const todays = plan.days.filter((d) => d.isToday).map((d) => d.day);
        expect(todays).toEqual(plan.days.some((d) => d.day === todayOffset) ? [todayOffset] : []);
        expect(plan.summary?.day).toBe(todayOffset);
      }),
      { numRuns: 400 },
    );
  });

  /** Any content: procedures and restriction windows the engine has never seen. */
  const anyData: fc.Arbitrary<PlanData> = fc
    .record({
      redness: fc.integer({ min: 0, max: 10 }),
      recovery: fc.integer({ min: 1, max: 40 }),
      windows: fc.array(
        fc.tuple(fc.integer({ min: -20, max: 40 }), fc.integer({ min: 0, max: 30 }), fc.boolean()),
        { minLength: 1, maxLength: 12 },
      ),
      prep: fc.array(fc.integer({ min: -40, max: 0 }), { maxLength: 4 }),
    })
    .map(({ redness, recovery, windows, prep }) => ({
      procedures: [{ id: 'x', name: 'X', shortName: 'X', usualRednessThroughDay: redness, recoveryThroughDay: recovery }],
      restrictions: windows.map(([first, length, applies], i) => ({
        id: `r${i}`,
        label: `R${i}`,
        windows: applies ? [{ procedure: 'x', firstDay: first, lastDay: first + length }] : [{ procedure: 'other', firstDay: 0, lastDay: 1 }],
      })),
      routine: [{ id: 's', order: 1, times: ['morning'], fromDay: 0 }],
      preparation: prep.map((day, i) => ({ id: `p${i}`, day, order: i })),
    }));

  it('property: with any content, windows, resume days, milestones and the day range follow the data', () => {
    fc.assert(
      fc.property(anyData, isoDate, (content, procedureDate) => {
        const plan = buildPlan(content, 'x', { procedureDate, today: procedureDate });
        const { first, last } = planRange(content, plan.procedure);
        expect(plan.days.map((d) => d.day)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
        expect(first).toBeLessThanOrEqual(-14);
        expect(last).toBeGreaterThanOrEqual(15);
        for (const r of content.restrictions) {
          const w = r.windows.find((x) => x.procedure === 'x');
          const listed = plan.days.filter((d) => d.avoid.includes(r.id)).map((d) => d.day);
          const resumed = plan.days.filter((d) => d.resume.includes(r.id)).map((d) => d.day);
          if (!w) {
            expect(listed).toEqual([]);
            expect(resumed).toEqual([]);
            continue;
          }
          expect(listed).toEqual(Array.from({ length: w.lastDay - w.firstDay + 1 }, (_, i) => w.firstDay + i));
          expect(resumed).toEqual([w.lastDay + 1]);
        }
        for (const p of content.preparation) expect(plan.days.find((d) => d.day === p.day)!.prepare).toContain(p.id);
        expect(plan.milestones.filter((m) => m.recoveryEnds).map((m) => m.day)).toEqual([content.procedures[0]!.recoveryThroughDay + 1]);
        expect(plan.milestones.map((m) => m.day)).toEqual([...new Set(plan.milestones.map((m) => m.day))].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });
});
