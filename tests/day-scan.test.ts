import { describe, expect, it } from 'vitest';
import { changesOn, hasChanges, runTitle, scanDays, type ScanDay } from '../src/lib/day-scan';
import { buildPlan, type PlanData } from '../src/lib/plan';
import { loadPlanData } from './helpers/plan-content';

const day = (n: number, fields: Partial<ScanDay> = {}): ScanDay => ({
  day: n, avoid: [], resume: [], prepare: [], routine: [], isToday: false, ...fields,
});

describe('changesOn', () => {
  it('names what starts, what may start again, and what the routine adds or drops', () => {
    const before = day(3, { avoid: ['sun', 'swim'], routine: ['cleanse'] });
    const after = day(4, { avoid: ['swim', 'retinoids'], resume: ['sun'], routine: ['cleanse', 'spf'], expect: ['redness'] });
    expect(changesOn(after, before)).toEqual({
      startAvoiding: ['retinoids'], resume: ['sun'], prepare: [], startRoutine: ['spf'], stopRoutine: [], startExpect: ['redness'], stopExpect: [],
    });
    expect(hasChanges(changesOn(day(5, { avoid: ['sun'] }), day(4, { avoid: ['sun'] })))).toBe(false);
  });
});

describe('scanDays', () => {
  it('merges days that change nothing, keeps change days, day 0 and today on their own', () => {
    const days = [
      day(-3, { prepare: ['towels'] }), day(-2), day(-1),
      day(0, { avoid: ['sun'] }), day(1, { avoid: ['sun'] }), day(2, { avoid: ['sun'], isToday: true }), day(3, { avoid: ['sun'] }),
      day(4, { resume: ['sun'] }), day(5), day(6), day(7),
    ];
    const shape = scanDays(days).map((e) => (e.kind === 'day' ? e.day.day : [e.firstDay, e.lastDay]));
    expect(shape).toEqual([-3, [-2, -1], 0, [1, 1], 2, [3, 3], 4, [5, 7]]);
  });

  it('compares a list\'s first day with the day before it', () => {
    expect(scanDays([day(8, { avoid: ['x'] })], day(7, { avoid: ['x'] }))[0]!.kind).toBe('quiet');
    expect(scanDays([day(8, { avoid: ['x'] })])[0]!.kind).toBe('day');
  });

  it('titles runs in days after, and days before', () => {
    expect(runTitle(9, 13)).toBe('Days 9 to 13');
    expect(runTitle(9, 9)).toBe('Day 9');
    expect(runTitle(-13, -9)).toBe('13 to 9 days before');
    expect(runTitle(-1, -1)).toBe('1 day before');
  });
});

describe('scanning a plan (any content: expectations come from the data)', () => {
  const data: PlanData = loadPlanData();

  for (const procedure of data.procedures) {
    it(`${procedure.id}: shows every change, merges the rest, and loses no day`, () => {
      const plan = buildPlan(data, procedure.id);
      const entries = scanDays(plan.days);
      // Every day is in exactly one entry, in order.
      const covered = entries.flatMap((e) => (e.kind === 'day' ? [e.day.day] : e.days.map((d) => d.day)));
      expect(covered).toEqual(plan.days.map((d) => d.day));
      // Each day something starts again, or a preparation step or a window starts, is shown on its own.
      const windows = data.restrictions.flatMap((r) => r.windows.filter((w) => w.procedure === procedure.id));
      const changeDays = new Set([
        0,
        ...windows.flatMap((w) => [w.firstDay, w.lastDay + 1]),
        ...data.preparation.map((p) => p.day),
      ]);
      const shown = new Set(entries.flatMap((e) => (e.kind === 'day' ? [e.day.day] : [])));
      for (const d of changeDays) if (plan.days.some((x) => x.day === d)) expect(shown.has(d), `day ${d}`).toBe(true);
      // A merged day repeats the day before it.
      for (const e of entries) {
        if (e.kind !== 'quiet') continue;
        for (const d of e.days) {
          const before = plan.days.find((x) => x.day === d.day - 1)!;
          expect(d.avoid).toEqual(before.avoid);
          expect(d.routine).toEqual(before.routine);
          expect(d.resume).toEqual([]);
          expect(d.prepare).toEqual([]);
        }
      }
      expect(entries.length).toBeLessThan(plan.days.length);
    });
  }

  it('a 21-day window keeps its end day on its own line', () => {
    const long: PlanData = {
      ...data,
      restrictions: [...data.restrictions, { id: 'long', label: 'Long', windows: data.procedures.map((p) => ({ procedure: p.id, firstDay: 2, lastDay: 21 })) }],
    };
    const entries = scanDays(buildPlan(long, data.procedures[0]!.id).days);
    const shown = entries.flatMap((e) => (e.kind === 'day' ? [e.day.day] : []));
    expect(shown).toContain(2);
    expect(shown).toContain(22);
  });
});
