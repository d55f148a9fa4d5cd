/** The mapping from content entries to the plan's data: sorted as the site shows them, references as ids. */
import { describe, expect, it } from 'vitest';
import { loadPlanData, loadPlanText } from './helpers/plan-content';
import { restrictions, site } from './helpers/content';

describe('toPlanData on the content under test', () => {
  const data = loadPlanData();

  it('lists restrictions in content order with references flattened to procedure ids', () => {
    expect(data.restrictions.map((r) => r.id)).toEqual(restrictions().map((r) => r.id));
    for (const r of data.restrictions) for (const w of r.windows) expect(typeof w.procedure).toBe('string');
    expect(new Set(data.restrictions.flatMap((r) => r.windows.map((w) => w.procedure)))).toEqual(new Set(data.procedures.map((p) => p.id)));
  });

  it('sorts preparation by day, then order', () => {
    const days = data.preparation.map((p) => p.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('gives the timeline the same restrictions in the same order, with their words', () => {
    const text = loadPlanText();
    expect(text.restrictions.map((r) => r.id)).toEqual(data.restrictions.map((r) => r.id));
    for (const r of text.restrictions) expect(r.reason.length).toBeGreaterThan(10);
    expect(text.disclaimer).toBe(site().disclaimer.trim());
    expect(text.siteName).toBe(site().siteName.trim());
  });
});
