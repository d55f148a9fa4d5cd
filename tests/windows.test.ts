import { describe, expect, it } from 'vitest';
import { describeGroups, formatWindow, formatWindows, groupWindows } from '../src/lib/windows';
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

  it('names the types only when their windows differ or some type has none', () => {
    const shared: PlanRestriction = { id: 's', label: 'S', windows: procedures.map((p) => ({ procedure: p.id, firstDay: 0, lastDay: 3 })) };
    expect(groupWindows(shared, procedures).map((g) => g.who)).toEqual(['']);
    const rfOnly: PlanRestriction = { id: 'r', label: 'R', windows: [{ procedure: 'rf', firstDay: 0, lastDay: 7 }], notFor: ['traditional', 'laser'] };
    expect(groupWindows(rfOnly, procedures).map((g) => g.who)).toEqual(['rf']);
  });
});

describe('formatWindow: one wording for every place that shows a window', () => {
  const r: PlanRestriction = {
    id: 'x',
    label: 'X',
    windows: [{ procedure: 'traditional', firstDay: 0, lastDay: 3 }, { procedure: 'rf', firstDay: 0, lastDay: 7 }, { procedure: 'laser', firstDay: 0, lastDay: 3 }],
  };
  const [first, second] = groupWindows(r, procedures);
  it('writes each wording, naming the types (a table cell names them itself, before the day)', () => {
    expect(formatWindow(first!, 'avoid')).toBe('traditional and laser: avoid through day 3. Start again on day 4.');
    expect(formatWindow(second!, 'span')).toBe('through day 7 for rf');
    expect(formatWindow(second!, 'resume')).toBe('Day 8');
    expect(formatWindow(second!, 'start')).toBe('day 8 for rf');
    expect(formatWindows(r, procedures, 'span')).toBe('through day 3 for traditional and laser and through day 7 for rf');
  });
  it('says a shared window once, with no type, and a window that starts later from its first day', () => {
    const later: PlanRestriction = { id: 'l', label: 'L', windows: procedures.map((p) => ({ procedure: p.id, firstDay: 2, lastDay: 5 })) };
    expect(formatWindows(later, procedures, 'avoid')).toBe('Avoid from day 2 through day 5. Start again on day 6.');
    expect(formatWindows(later, procedures, 'span')).toBe('from day 2 through day 5');
  });
  it('writes days with the formatter given (calendar dates for a dated plan)', () => {
    expect(formatWindow(second!, 'span', (d) => `<${d}>`)).toBe('through <7> for rf');
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

describe('Spanish day wording', () => {
  const both = [procedure('traditional'), procedure('rf')];
  const sun: PlanRestriction = { id: 'sun', label: 'Sol', windows: both.map((p) => ({ procedure: p.id, firstDay: 0, lastDay: 3 })) };
  const later: PlanRestriction = { id: 'x', label: 'X', windows: [{ procedure: 'traditional', firstDay: 2, lastDay: 5 }, { procedure: 'rf', firstDay: 0, lastDay: 7 }] };

  it('says "hasta el día 3" and "del día 2 al día 5", with the types named when they differ', () => {
    expect(formatWindows(sun, both, 'span', undefined, 'es')).toBe('hasta el día 3');
    expect(formatWindows(later, both, 'span', undefined, 'es')).toBe('del día 2 al día 5 para traditional y hasta el día 7 para rf');
  });

  it('writes the avoid line, table cells and the start day in Spanish', () => {
    expect(formatWindows(sun, both, 'avoid', undefined, 'es')).toBe('Evítelo hasta el día 3. Puede volver a empezar el día 4.');
    const [group] = groupWindows(sun, both, 'es');
    expect(formatWindow(group!, 'resume', undefined, 'es')).toBe('Día 4');
    expect(formatWindow(group!, 'start', undefined, 'es')).toBe('día 4');
  });

  it('groups days as "Días 4 a 7"', () => {
    expect(describeGroups(groupWindows(later, both, 'es'), (g) => `Días ${g.firstDay} a ${g.lastDay}`, false, 'es')).toBe('traditional: Días 2 a 5; rf: Días 0 a 7');
  });
});
