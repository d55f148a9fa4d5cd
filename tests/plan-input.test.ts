/** The mapping from content entries to the plan's data and words: sorted as the site shows them, references as ids. */
import { describe, expect, it } from 'vitest';
import { loadPlanData, loadPlanText } from './helpers/plan-content';
import { restrictions, site } from './helpers/content';
import { afterwardsText, toPlanText, type Entry } from '../src/lib/plan-input';
import type { RestrictionData } from '../src/schemas/restrictions';
import type { TipData } from '../src/schemas/tips';

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

/* On small made-up entries. */
const tip = (id: string, label: string, clinicRange?: string): Entry<TipData> => ({
  id,
  data: { kind: 'habit', label, instruction: 'The whole advice, on its page.', withRoutine: false, order: 1, sources: [], keywords: [], evidence: 'clinic-advice', ...(clinicRange ? { clinicRange } : {}) } as TipData,
});
const tips = [tip('shade', 'Stay in the shade', '2 to 4 weeks'), tip('hat', 'Wear a hat')];
const restriction = (id: string, extra: Partial<RestrictionData>): Entry<RestrictionData> => ({
  id,
  data: {
    label: `Label ${id}`, reason: 'Why.', category: 'sun', windows: [], notFor: [], order: 1, sources: [], keywords: [],
    evidence: 'clinic-advice', includes: [], overlaps: [], afterwards: [], ...extra,
  } as RestrictionData,
});

describe('afterwardsText: what still applies once a restriction ends', () => {
  it("says each tip's short name, with the range clinics give, in the order given", () => {
    expect(afterwardsText({ afterwards: ['shade', 'hat'] }, tips)).toBe('Stay in the shade. Clinics say 2 to 4 weeks; follow your clinician. Wear a hat.');
    expect(afterwardsText({ afterwards: ['shade'] }, tips, 'es')).toBe('Stay in the shade. Las clínicas dicen 2 to 4 weeks; siga las indicaciones de su profesional de salud.');
  });

  it('is nothing when there are no tips (an unknown id is a build error before this runs)', () => {
    expect(afterwardsText({ afterwards: [] }, tips)).toBeUndefined();
    expect(afterwardsText({ afterwards: ['gone'] }, tips)).toBeUndefined();
  });
});

describe("toPlanText: a restriction's note is what the timeline says the day it may start again", () => {
  const text = (r: Entry<RestrictionData>) =>
    toPlanText({ procedures: [], restrictions: [r], routine: [], preparation: [], tips }, { disclaimer: 'd', siteName: 's' }).restrictions[0];

  it('its afterwards tips, in place of a note about the days it was avoided', () => {
    expect(text(restriction('sun', { note: 'You need not stay in.', afterwards: ['hat'] }))?.note).toBe('Wear a hat.');
  });

  it('its own note when it names no tips, and no note when it has neither', () => {
    expect(text(restriction('swim', { note: 'Showers are fine.' }))?.note).toBe('Showers are fine.');
    expect(text(restriction('gym', {}))).not.toHaveProperty('note');
  });
});
