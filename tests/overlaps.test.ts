import { describe, expect, it } from 'vitest';
import { overlapNotes, overlapProblems, overlapSummary } from '../src/lib/overlaps';
import type { PlanProcedure, PlanRestriction } from '../src/lib/plan';

const procedure = (id: string): PlanProcedure => ({ id, name: id, shortName: id.toUpperCase(), usualRednessThroughDay: 3, recoveryThroughDay: 14 });
const procedures = [procedure('a'), procedure('b')];
const row = (id: string, label: string, lastDay: number, extra: Partial<PlanRestriction> = {}): PlanRestriction => ({
  id,
  label,
  windows: procedures.map((p) => ({ procedure: p.id, firstDay: 0, lastDay })),
  ...extra,
});

const peels = row('peels', 'Chemical exfoliators', 14, { includes: ['acid'] });
const acid = row('acid', 'Acids', 7, { overlaps: [{ with: 'peels', which: 'Acid peels and pads' }] });

describe('overlapProblems', () => {
  it('accepts a declared overlap', () => {
    expect(overlapProblems([peels, acid])).toEqual([]);
  });

  it('fails an undeclared overlap between a row and a row that includes it, naming both files', () => {
    const problems = overlapProblems([peels, row('acid', 'Acids', 7)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/restrictions/peels.yaml includes "acid" and their dates differ, but content/restrictions/acid.yaml does not say which date wins');
    expect(problems[0]).toContain('overlaps: [{ with: peels, which: "<which of its products are also chemical exfoliators>" }]');
  });

  it('needs no declaration when both rows end on the same days', () => {
    expect(overlapProblems([peels, row('acid', 'Acids', 14)])).toEqual([]);
  });

  it('names unknown rows and one-sided declarations', () => {
    expect(overlapProblems([row('peels', 'Peels', 14, { includes: ['nothing'] })])[0]).toContain('includes "nothing", which is not a restriction');
    expect(overlapProblems([row('peels', 'Peels', 14), acid])).toEqual([
      'content/restrictions/acid.yaml declares an overlap with "peels", but content/restrictions/peels.yaml does not list "acid" under includes.',
    ]);
  });
});

describe('overlapNotes and overlapSummary', () => {
  it('say which date wins on both rows, with the later days', () => {
    expect(overlapNotes([peels, acid], procedures, 'acid').map((n) => n.text)).toEqual([
      'Acid peels and pads are also chemical exfoliators, so the later date wins: avoid them through day 14 and start again on day 15.',
    ]);
    expect(overlapNotes([peels, acid], procedures, 'peels').map((n) => n.text)).toEqual([
      'This includes acid peels and pads, so the later date wins for them: avoid them through day 14 and start again on day 15.',
    ]);
  });

  it('name the procedure types when the later days differ by type', () => {
    const mixed = row('acid', 'Acids', 7, { overlaps: [{ with: 'peels', which: 'Acid peels' }], windows: [{ procedure: 'a', firstDay: 0, lastDay: 7 }, { procedure: 'b', firstDay: 0, lastDay: 21 }] });
    expect(overlapNotes([peels, mixed], procedures, 'acid')[0]!.text).toBe(
      'Acid peels are also chemical exfoliators, so the later date wins: A: avoid them through day 14 and start again on day 15; B: avoid them through day 21 and start again on day 22.',
    );
    expect(overlapSummary([peels, mixed])).toEqual(['Acid peels are also chemical exfoliators: the later of the two dates wins.']);
  });

  it('have nothing to say when the dates agree', () => {
    const same = row('acid', 'Acids', 14, { overlaps: [{ with: 'peels', which: 'Acid peels' }] });
    expect(overlapNotes([peels, same], procedures, 'acid')).toEqual([]);
    expect(overlapSummary([peels, same])).toEqual([]);
  });

  it('the summary names the row whose date to follow, one sentence per wider row', () => {
    expect(overlapSummary([peels, acid])).toEqual(['Acid peels and pads are also chemical exfoliators: follow the date for chemical exfoliators.']);
    const base = row('base', 'Bases', 7, { overlaps: [{ with: 'peels', which: 'Base peels' }] });
    const wide = { ...peels, includes: ['acid', 'base'] };
    expect(overlapSummary([wide, acid, base])).toEqual([
      'Acid peels and pads and base peels are also chemical exfoliators: follow the date for chemical exfoliators.',
    ]);
  });
});
