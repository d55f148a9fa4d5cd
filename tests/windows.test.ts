import { describe, expect, it } from 'vitest';
import { describeGroups, groupWindows, latestLastDay } from '../src/lib/windows';
import type { PlanProcedure, PlanRestriction } from '../src/lib/plan';

const procedure = (id: string): PlanProcedure => ({ id, name: id, shortName: id, usualRednessThroughDay: 3, recoveryThroughDay: 14 });
const procedures = [procedure('traditional'), procedure('rf'), procedure('laser')];

describe('groupWindows', () => {
  it('says a shared window once, for all the types that share it', () => {
    const r: PlanRestriction = { id: 'sun', label: 'Sun', windows: [{ procedure: 'traditional', firstDay: 0, lastDay: 3 }, { procedure: 'rf', firstDay: 0, lastDay: 3 }] };
    const groups = groupWindows(r, procedures);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.procedures.map((p) => p.id)).toEqual(['traditional', 'rf']);
    expect(groups[0]!.resumeDay).toBe(4);
  });

  it('keeps different windows apart, in procedure order, and leaves out types it does not apply to', () => {
    const r: PlanRestriction = { id: 'x', label: 'X', windows: [{ procedure: 'rf', firstDay: 0, lastDay: 7 }, { procedure: 'traditional', firstDay: 0, lastDay: 3 }] };
    expect(groupWindows(r, procedures).map((g) => [g.procedures.map((p) => p.id), g.lastDay])).toEqual([
      [['traditional'], 3],
      [['rf'], 7],
    ]);
  });

  it('latestLastDay is the longest window', () => {
    expect(latestLastDay({ id: 'x', label: 'X', windows: [{ procedure: 'a', firstDay: 0, lastDay: 3 }, { procedure: 'b', firstDay: 0, lastDay: 14 }] })).toBe(14);
  });
});

describe('describeGroups', () => {
  const words = (g: { lastDay: number }) => `through day ${g.lastDay}`;
  const shared: PlanRestriction = { id: 's', label: 'S', windows: [{ procedure: 'traditional', firstDay: 0, lastDay: 3 }, { procedure: 'rf', firstDay: 0, lastDay: 3 }] };
  const split: PlanRestriction = { id: 'x', label: 'X', windows: [{ procedure: 'traditional', firstDay: 0, lastDay: 3 }, { procedure: 'rf', firstDay: 0, lastDay: 7 }] };

  it('says a shared window once, without naming the types', () => {
    expect(describeGroups(groupWindows(shared, procedures), words)).toBe('through day 3');
  });

  it('names the types when windows differ, or when asked (a fact for some types only)', () => {
    expect(describeGroups(groupWindows(split, procedures), words)).toBe('traditional: through day 3; rf: through day 7');
    expect(describeGroups(groupWindows(shared, procedures), words, true)).toBe('traditional and rf: through day 3');
  });
});
