/**
 * The plan engine, on the content under test (CONTENT_DIR) and on generated data. Every expected value comes
 * from the content through an independent oracle (tests/helpers/plan-oracle.ts), never from the engine itself.
 * `npm run test:unit` runs this file again under several time zones; a plan must not depend on the zone (only
 * "today" does, and it is passed in).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanData } from '../src/lib/plan';
import { loadPlanData } from './helpers/plan-content';
import { procedures as rawProcedures, restrictions as rawRestrictions } from './helpers/content';
import {
  avoidIds,
  milestoneDays,
  phaseEndDays,
  phaseOfDay,
  plusDays,
  recoveryEndDay,
  requiredRange,
  resumeIds,
  stageOfDay,
} from './helpers/plan-oracle';

const data = loadPlanData();
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const types = data.procedures.map((p) => p.id);
/** Two types to plan for: the first (the default) and the last (the same when there is only one). */
const [firstType, lastType] = [types[0]!, types.at(-1)!];
const windowOf = (restrictionId: string, type: string) =>
  data.restrictions.find((r) => r.id === restrictionId)!.windows.find((w) => w.procedure === type);

/** Any real calendar date from 1970 to 2199. */
const isoDate = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe(`the recovery plan (TZ=${zone})`, () => {
  it('plans with every procedure type and restriction in the content, in the content\'s order', () => {
    expect(types).toEqual(rawProcedures().map((p) => p.id));
    expect(data.restrictions.map((r) => r.id)).toEqual(rawRestrictions().map((r) => r.id));
    expect(types.length).toBeGreaterThan(0);
  });

  it('covers every preparation step, every window and its restart day, and the end of the recovery period, day by day', () => {
    for (const type of types) {
      const { days } = buildPlan(data, type);
      const { first, last } = requiredRange(data, type);
      expect(days[0]!.day, type).toBeLessThanOrEqual(first);
      expect(days.at(-1)!.day, type).toBeGreaterThanOrEqual(last);
      days.forEach((d, i) => i > 0 && expect(d.day).toBe(days[i - 1]!.day + 1));
    }
  });

  it('without a date, uses day numbers only and marks no day as today', () => {
    const plan = buildPlan(data, lastType, { today: '2026-11-27' });
    expect(plan.procedureDate).toBeUndefined();
    expect(plan.summary).toBeUndefined();
    expect(plan.days.every((d) => d.date === undefined && !d.isToday)).toBe(true);
  });

  it('puts the right calendar date on each day across the Los Angeles DST changes (March 8 and November 1, 2026)', () => {
    const spring = buildPlan(data, firstType, { procedureDate: '2026-03-06', today: '2026-03-09' });
    const byDay = (n: number) => spring.days.find((d) => d.day === n)!;
    expect(byDay(0).date).toBe('2026-03-06');
    expect(byDay(2).date).toBe('2026-03-08');
    expect(byDay(3).date).toBe('2026-03-09');
    // The plan's first day (a preparation step, or the procedure day), counted back across the change too.
    const firstDay = spring.days[0]!.day;
    expect(byDay(firstDay).date).toBe(plusDays('2026-03-06', firstDay));
    expect(spring.today).toBe(3);
    expect(spring.days.filter((d) => d.isToday).map((d) => d.day)).toEqual([3]);

    const autumn = buildPlan(data, lastType, { procedureDate: '2026-10-30', today: '2026-11-01' });
    expect(autumn.days.find((d) => d.day === 2)!.date).toBe('2026-11-01');
    expect(autumn.days.find((d) => d.day === 3)!.date).toBe('2026-11-02');
    expect(autumn.summary?.day).toBe(2);
  });

  it('puts the right calendar date on each day across the Auckland DST changes and the new year', () => {
    const april = buildPlan(data, lastType, { procedureDate: '2026-04-04', today: '2026-04-06' });
    expect(april.days.find((d) => d.day === 1)!.date).toBe('2026-04-05');
    expect(april.today).toBe(2);
    const september = buildPlan(data, lastType, { procedureDate: '2026-09-26', today: '2026-09-27' });
    expect(september.today).toBe(1);
    const newYear = buildPlan(data, firstType, { procedureDate: '2026-12-28', today: '2027-01-01' });
    expect(newYear.days.find((d) => d.day === 4)!.date).toBe('2027-01-01');
    expect(newYear.today).toBe(4);
  });

  it('lists the preparation steps on their days and the routine from its first day', () => {
    const { days } = buildPlan(data, firstType);
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
        expect(resumeDays).toEqual([w.lastDay + 1]);
      }
      const expectedDays = milestoneDays(data, type);
      expect(plan.milestones.map((m) => m.day)).toEqual(expectedDays);
      for (const m of plan.milestones) {
        expect(m.resume, `milestone day ${m.day}`).toEqual(resumeIds(data, type, m.day));
        expect(m.recoveryEnds).toBe(m.day === recoveryEndDay(data, type));
        expect(m.date).toBe(plusDays('2026-11-25', m.day));
      }
      expect(plan.recoveryEnd.day).toBe(recoveryEndDay(data, type));
      expect(plan.recoveryEnd.date).toBe(plusDays('2026-11-25', recoveryEndDay(data, type)));
      for (const d of plan.days) {
        expect(d.next?.day, `next after day ${d.day}`).toBe(expectedDays.find((day) => day > d.day));
      }
      expect(plan.nextMilestone?.day).toBe(expectedDays.find((day) => day > 2));
    }
  });

  it('sums up today before, on, during and after the recovery', () => {
    for (const type of types) {
      const on = (day: number) => buildPlan(data, type, { procedureDate: '2026-12-01', today: plusDays('2026-12-01', day) }).summary!;
      const expectAt = (day: number) => {
        const summary = on(day);
        expect(summary, `${type}, day ${day}`).toMatchObject({
          day,
          date: plusDays('2026-12-01', day),
          stage: stageOfDay(data, type, day),
          avoid: avoidIds(data, type, day),
          resume: resumeIds(data, type, day),
        });
        expect(summary.next?.day, `${type}, day ${day}: next`).toBe(milestoneDays(data, type).find((d) => d > day));
        return summary;
      };
      const { first, last } = requiredRange(data, type);
      const before = expectAt(Math.min(first, -1) - 3);
      expect(before.stage).toBe('before');
      expect(before.preparation.map((p) => [p.id, p.day, p.date])).toEqual(
        [...data.preparation].sort((a, b) => a.day - b.day || a.order - b.order).map((p) => [p.id, p.day, plusDays('2026-12-01', p.day)]),
      );
      expect(expectAt(0).stage).toBe('procedure-day');
      // Each window's last day and the day it ends, and the days around the end of the recovery period.
      for (const r of data.restrictions) {
        const w = windowOf(r.id, type);
        if (!w) continue;
        expect(expectAt(w.lastDay).avoid).toContain(r.id);
        const resuming = expectAt(w.lastDay + 1);
        expect(resuming.resume).toContain(r.id);
        expect(resuming.avoid).not.toContain(r.id);
      }
      const end = recoveryEndDay(data, type);
      expect(expectAt(end - 1).stage).toBe('recovery');
      const after = expectAt(Math.max(end, last) + 30);
      expect(after).toMatchObject({ stage: 'after', avoid: [], resume: [] });
      expect(after.next).toBeUndefined();
    }
  });

  it('refuses an unknown procedure type', () => {
    expect(() => buildPlan(data, '<script>')).toThrow(RangeError);
  });

  it('property: for every date and type, each restriction is listed on exactly the days from its first through its last day', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom(...types), fc.integer({ min: -30, max: 30 }), (procedureDate, type, todayOffset) => {
        const today = plusDays(procedureDate, todayOffset);
        const plan = buildPlan(data, type, { procedureDate, today });
        for (const r of data.restrictions) {
          const w = windowOf(r.id, type);
          const listed = plan.days.filter((d) => d.avoid.includes(r.id)).map((d) => d.day);
          const expected = w ? Array.from({ length: w.lastDay - w.firstDay + 1 }, (_, i) => w.firstDay + i) : [];
          expect(listed).toEqual(expected);
        }
        plan.days.forEach((d, i) => {
          expect(d.date).toBe(plusDays(procedureDate, d.day));
          if (i > 0) expect(d.date).toBe(plusDays(plan.days[i - 1]!.date!, 1));
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

  /**
   * Phase boundaries: the phases hold every shown day once, in order; within a recovery phase nothing changes
   * (the same things to avoid, redness and crusting on the same side of their usual end); a new recovery phase
   * starts only where something does change; the heading names the phase's own days.
   */
  const expectHonestPhases = (content: PlanData, type: string) => {
    const plan = buildPlan(content, type);
    const procedure = content.procedures.find((p) => p.id === type)!;
    expect(plan.phases.flatMap((p) => Array.from({ length: p.lastDay - p.firstDay + 1 }, (_, i) => p.firstDay + i))).toEqual(plan.days.map((d) => d.day));
    expect(new Set(plan.phases.map((p) => p.id)).size).toBe(plan.phases.length);
    const state = (day: number) => {
      const d = plan.days.find((x) => x.day === day)!;
      return JSON.stringify([[...d.avoid].sort(), day <= procedure.usualRednessThroughDay, day <= (procedure.crustingThroughDay ?? -1)]);
    };
    const recovery = plan.phases.filter((p) => p.kind === 'recovery');
    expect(recovery.map((p) => p.lastDay)).toEqual(phaseEndDays(content, type));
    for (const [i, phase] of recovery.entries()) {
      for (let day = phase.firstDay; day <= phase.lastDay; day++) {
        expect(state(day), `day ${day} in ${phase.id}`).toBe(state(phase.firstDay));
        expect(plan.days.find((d) => d.day === day)!.phase).toBe(phase.id);
        expect({ id: phase.id, heading: phase.heading }).toEqual(phaseOfDay(content, type, day));
      }
      const next = recovery[i + 1];
      if (next) expect(state(next.firstDay), `${phase.id} -> ${next.id}`).not.toBe(state(phase.lastDay));
    }
    for (const day of plan.days.map((d) => d.day).filter((d) => d < 0 || d > procedure.recoveryThroughDay)) {
      expect(plan.phases.find((p) => p.firstDay <= day && day <= p.lastDay)!.id).toBe(phaseOfDay(content, type, day).id);
    }
  };

  it('phase boundaries: a phase changes exactly where something to avoid, redness or crusting changes, for every type in the content', () => {
    for (const type of types) expectHonestPhases(data, type);
  });

  it('property: with any content, phases change exactly where something changes', () => {
    fc.assert(fc.property(anyData, (content) => expectHonestPhases(content, 'x')), { numRuns: 300 });
  });

  it('property: with any content, windows, resume days, milestones and the day range follow the data', () => {
    fc.assert(
      fc.property(anyData, isoDate, (content, procedureDate) => {
        const plan = buildPlan(content, 'x', { procedureDate, today: procedureDate });
        const { first, last } = requiredRange(content, 'x');
        const shown = plan.days.map((d) => d.day);
        expect(shown).toEqual(Array.from({ length: shown.length }, (_, i) => shown[0]! + i));
        expect(shown[0]).toBeLessThanOrEqual(first);
        expect(shown.at(-1)).toBeGreaterThanOrEqual(last);
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
        expect(plan.milestones.map((m) => m.day)).toEqual(milestoneDays(content, 'x'));
      }),
      { numRuns: 300 },
    );
  });
});
