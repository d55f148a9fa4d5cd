/** What the timeline island says (src/lib/timeline.ts), from the real content's plan. */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../src/lib/plan';
import { daysByPhase, headline, labelOf, listInWords, notesOf, overPhaseSummary, routineLine } from '../src/lib/timeline';
import { loadPlanData, loadPlanText } from './helpers/plan-content';

const data = loadPlanData();
const text = loadPlanText();
const type = data.procedures[0]!.id;
/** A plain, zone-free date formatter, so the sentences can be checked exactly. */
const fmt = (date: string) => `<${date}>`;

describe('daysByPhase', () => {
  it('puts every day under its phase, in order, each phase once', () => {
    const plan = buildPlan(data, type);
    const groups = daysByPhase(plan);
    expect(groups.map((g) => g.phase.id)).toEqual(plan.phases.map((p) => p.id));
    expect(groups.flatMap((g) => g.days)).toEqual(plan.days);
    for (const { phase, days } of groups) {
      expect(days.map((d) => d.day)).toEqual(Array.from({ length: phase.lastDay - phase.firstDay + 1 }, (_, i) => phase.firstDay + i));
    }
  });
});

describe('headline', () => {
  const on = (today: string) => buildPlan(data, type, { procedureDate: '2026-12-01', today });
  it('says how far away the procedure is, or which day of recovery today is', () => {
    expect(headline(on('2026-11-28'), fmt)).toBe('Your procedure is in 3 days, on <2026-12-01>.');
    expect(headline(on('2026-11-30'), fmt)).toBe('Your procedure is in 1 day, on <2026-12-01>.');
    expect(headline(on('2026-12-01'), fmt)).toBe('Today is the day of your procedure (day 0).');
    expect(headline(on('2026-12-03'), fmt)).toBe('Today is day 2 of your recovery.');
  });
  it('after the recovery period, says when it ended, from the content', () => {
    const recovery = data.procedures[0]!.recoveryThroughDay;
    const plan = on('2027-03-01');
    expect(headline(plan, fmt)).toBe(`Your recovery period ended on <${plan.days.find((d) => d.day === recovery)!.date}> (day ${recovery}).`);
  });
  it('says nothing without a date', () => {
    expect(headline(buildPlan(data, type), fmt)).toBeUndefined();
  });
});

describe('day wording', () => {
  it('names the routine steps, with the time when a step is done only once a day', () => {
    const once = text.routine.find((s) => s.times.length === 1);
    const both = text.routine.find((s) => s.times.length === 2);
    if (once) expect(routineLine([once.id], text)).toBe(`${once.label} (${once.times[0]} only)`);
    if (both) expect(routineLine([both.id], text)).toBe(both.label);
    expect(routineLine([], text)).toBe('');
  });
  it('labels by id, and joins lists for a sentence', () => {
    const r = text.restrictions[0]!;
    expect(labelOf(r.id, text.restrictions)).toBe(r.label);
    expect(labelOf('no-such-id', text.restrictions)).toBe('no-such-id');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B, and C');
    expect(listInWords(['A'])).toBe('A');
    // One formatter per language, reused: the languages stay apart.
    expect(listInWords(['A', 'B', 'C'], 'es')).toBe('A, B y C');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B, and C');
  });
  it('says a note once: shared notes under the list with their names, a note of one inline', () => {
    const items = [
      { id: 'a', label: 'A', note: 'Same.' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C', note: 'Same.' },
      { id: 'd', label: 'D', note: 'Own.' },
    ];
    const notes = notesOf(['a', 'b', 'c', 'd'], items);
    expect([...notes.inline]).toEqual([['d', 'Own.']]);
    expect(notes.shared).toEqual([{ labels: ['A', 'C'], note: 'Same.' }]);
    expect(notesOf(['a', 'b'], items).inline.get('a')).toBe('Same.');
  });
  it('offers a phase that is over in one line, with how many days it holds', () => {
    expect(overPhaseSummary(4)).toBe('Already past: show 4 days');
    expect(overPhaseSummary(1)).toBe('Already past: show 1 day');
  });
});
