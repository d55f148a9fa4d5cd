import { describe, expect, it } from 'vitest';
import { buildChart, chartAxis, chartSummary, groupByCategory, handoutLabelGap, keyDays } from '../src/lib/chart';
import type { PlanData, PlanProcedure, PlanRestriction } from '../src/lib/plan';
import { loadPlanData } from './helpers/plan-content';

const procedure = (id: string, shortName = id.toUpperCase()): PlanProcedure => ({
  id, name: `${id} procedure`, shortName, usualRednessThroughDay: 3, recoveryThroughDay: 14,
});
const restriction = (id: string, category: string, windows: [string, number, number][]): PlanRestriction => ({
  id, label: `Label ${id}`, category, windows: windows.map(([procedure, firstDay, lastDay]) => ({ procedure, firstDay, lastDay })),
});
const data = (restrictions: PlanRestriction[], procedures = [procedure('a'), procedure('b')]): PlanData => ({
  procedures, restrictions, routine: [], preparation: [],
});

describe('chartAxis', () => {
  it('runs from day 0 to the last day of any window, plus the start-again day', () => {
    const axis = chartAxis(data([restriction('x', 'sun', [['a', 0, 3], ['b', 0, 7]])]));
    expect(axis.firstDay).toBe(0);
    expect(axis.lastDay).toBe(7);
    expect(axis.days).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('widens for a 21-day window anywhere in the content, whatever type it is for', () => {
    const content = data([restriction('x', 'sun', [['a', 0, 3]]), restriction('y', 'water', [['b', 2, 21]])]);
    expect(chartAxis(content).lastDay).toBe(21);
    // A chart of type a alone keeps the shared axis, so charts of different types line up.
    const chart = buildChart(content, { procedures: ['a'] });
    expect(chart.axis.days.at(-1)).toBe(22);
    expect(chart.longestLastDay).toBe(3);
  });

  it('starts before day 0 only when a window does', () => {
    expect(chartAxis(data([restriction('x', 'sun', [['a', -2, 3]])])).days.slice(0, 3)).toEqual([-2, -1, 0]);
  });
});

describe('buildChart', () => {
  it('groups rows by category in the order the content first lists them, keeping content order inside each', () => {
    const chart = buildChart(data([
      restriction('sun1', 'sun', [['a', 0, 3], ['b', 0, 3]]),
      restriction('water1', 'water', [['a', 0, 3], ['b', 0, 3]]),
      restriction('sun2', 'sun', [['a', 0, 5], ['b', 0, 5]]),
    ]));
    expect(chart.groups.map((g) => [g.category, g.rows.map((r) => r.id)])).toEqual([
      ['sun', ['sun1', 'sun2']],
      ['water', ['water1']],
    ]);
  });

  it('draws a shared window as one lane holding a bar per type, with no type label', () => {
    const [row] = buildChart(data([restriction('x', 'sun', [['a', 0, 3], ['b', 0, 3]])])).groups[0]!.rows;
    expect(row!.lanes).toHaveLength(1);
    expect(row!.lanes[0]!.label).toBeUndefined();
    expect(row!.lanes[0]!.bars).toEqual([
      { procedure: 'a', firstDay: 0, lastDay: 3, resumeDay: 4 },
      { procedure: 'b', firstDay: 0, lastDay: 3, resumeDay: 4 },
    ]);
  });

  it('gives each type its own labelled lane where the windows differ, and leaves out types without one', () => {
    const content = data([restriction('x', 'sun', [['b', 1, 9], ['a', 0, 3]])], [procedure('a', 'Trad'), procedure('b', 'RF'), procedure('c', 'Laser')]);
    const [row] = buildChart(content).groups[0]!.rows;
    expect(row!.lanes.map((l) => [l.label, l.firstDay, l.lastDay, l.resumeDay])).toEqual([
      ['Trad', 0, 3, 4],
      ['RF', 1, 9, 10],
    ]);
  });

  it('for one type, keeps only the restrictions it has', () => {
    const chart = buildChart(data([restriction('x', 'sun', [['a', 0, 3]]), restriction('y', 'sun', [['b', 0, 7]])]), { procedures: ['b'] });
    expect(chart.count).toBe(1);
    expect(chart.groups[0]!.rows[0]!.lanes[0]!.label).toBeUndefined();
    expect(chart.procedures).toEqual(['b']);
  });

  it('marks rows whose evidence level is clinic advice', () => {
    const chart = buildChart(data([{ ...restriction('x', 'sun', [['a', 0, 3]]), evidence: 'clinic-advice' }, { ...restriction('y', 'sun', [['a', 0, 3]]), evidence: 'peer-reviewed' }]));
    expect(chart.groups[0]!.rows.map((r) => r.clinicAdvice)).toEqual([true, false]);
  });

  it('marks clinic-advice rows with the test it is given', () => {
    const chart = buildChart(data([restriction('x', 'sun', [['a', 0, 3]]), restriction('y', 'sun', [['a', 0, 3]])]), {
      isClinicAdvice: (r) => r.id === 'y',
    });
    expect(chart.groups[0]!.rows.map((r) => r.clinicAdvice)).toEqual([false, true]);
    expect(chart.hasClinicAdvice).toBe(true);
  });
});

describe('chartSummary and keyDays', () => {
  const chart = buildChart(data([restriction('x', 'sun', [['a', 0, 3], ['b', 0, 7]]), restriction('y', 'water', [['a', 0, 14]])]));

  it('says how many things and the longest last day, from the data', () => {
    expect(chartSummary(chart)).toBe('Chart: 2 things to avoid, the longest until day 14.');
    expect(chartSummary(chart, (d) => `Tuesday (day ${d})`)).toBe('Chart: 2 things to avoid, the longest until Tuesday (day 14).');
    expect(chartSummary(buildChart(data([]))).startsWith('Chart: nothing')).toBe(true);
  });

  it('labels day 0 and every start-again day', () => {
    expect(keyDays(chart)).toEqual([0, 4, 8, 15]);
  });

  it('never labels two neighbouring days: the one more things start again on keeps its number', () => {
    const crowded = buildChart(
      data([
        restriction('a', 'sun', [['a', 0, 2]]),
        restriction('b', 'sun', [['a', 0, 3]]),
        restriction('c', 'water', [['a', 0, 3]]),
        restriction('d', 'water', [['a', 0, 6], ['b', 0, 7]]),
        restriction('e', 'water', [['a', 0, 14]]),
      ]),
    );
    // Resume days: 3 (one), 4 (two), 7 and 8 (one each), 15. Day 1 is free, but no one resumes then.
    expect(keyDays(crowded)).toEqual([0, 4, 7, 15]);
    // A narrower chart asks for more room between labels.
    expect(keyDays(crowded, 4)).toEqual([0, 4, 8, 15]);
    expect(handoutLabelGap(crowded)).toBe(2);
  });
});

describe('the chart of the shipped content (any content: expectations come from the data)', () => {
  const content = loadPlanData();
  const chart = buildChart(content);

  it('has a bar for every window of every restriction and type, with its days', () => {
    const bars = chart.groups.flatMap((g) => g.rows.flatMap((r) => r.lanes.flatMap((l) => l.bars.map((b) => ({ id: r.id, ...b })))));
    const windows = content.restrictions.flatMap((r) => r.windows.map((w) => ({ id: r.id, procedure: w.procedure, firstDay: w.firstDay, lastDay: w.lastDay, resumeDay: w.lastDay + 1 })));
    const key = (b: { id: string; procedure: string }) => `${b.id}/${b.procedure}`;
    expect([...bars].sort((x, y) => key(x).localeCompare(key(y)))).toEqual([...windows].sort((x, y) => key(x).localeCompare(key(y))));
  });

  it('lists every restriction once, each category together', () => {
    const ids = chart.groups.flatMap((g) => g.rows.map((r) => r.id));
    expect([...ids].sort()).toEqual(content.restrictions.map((r) => r.id).sort());
    expect(chart.groups.map((g) => g.category)).toEqual(groupByCategory(content.restrictions).map((g) => g.category));
    expect(new Set(chart.groups.map((g) => g.category)).size).toBe(chart.groups.length);
  });

  it('ends its axis at the longest window', () => {
    expect(chart.axis.lastDay).toBe(Math.max(...content.restrictions.flatMap((r) => r.windows.map((w) => w.lastDay))));
  });
});
