/**
 * The article suite: what the shipped guidance (content/) must say, from /work/shared/sources/aftercare-facts.md.
 * Generic tests check that the site shows whatever the content says; these check that the content says
 * the right thing. Left out with ARTICLE_CHECKS=off (a clinic's own content, the test fixtures).
 */
import { describe, expect, it } from 'vitest';
import { preparation, procedures, restrictions, site, warningSigns } from './helpers/content';
import { ARTICLE_RESTRICTIONS } from './helpers/article';


describe('the shipped guidance', () => {
  it('is the microneedling aftercare site, and says it is not medical advice', () => {
    expect(site().siteName).toBe('Microneedling Aftercare');
    expect(site().disclaimer).toMatch(/not medical advice/i);
  });

  it('has the two procedure types, traditional first, each recovered by day 14 with redness through day 3', () => {
    expect(procedures().map((p) => [p.id, p.name, p.usualRednessThroughDay, p.recoveryThroughDay])).toEqual([
      ['traditional', 'Traditional microneedling', 3, 14],
      ['rf', 'RF microneedling', 3, 14],
    ]);
  });

  it('carries all 13 things the article says to avoid, with their windows (day 0 through day 3, 7 or 14)', () => {
    const all = restrictions();
    expect(Object.keys(ARTICLE_RESTRICTIONS)).toHaveLength(13);
    for (const [id, lastDay] of Object.entries(ARTICLE_RESTRICTIONS)) {
      const r = all.find((x) => x.id === id);
      expect(r, id).toBeDefined();
      expect(r!.windows.map((w) => [w.procedure, w.firstDay, w.lastDay]), id).toEqual([
        ['traditional', 0, lastDay],
        ['rf', 0, lastDay],
      ]);
    }
    const counts = [3, 7, 14].map((day) => Object.values(ARTICLE_RESTRICTIONS).filter((d) => d === day).length);
    expect(counts).toEqual([4, 5, 4]);
    expect(all[0]!.id).toBe('direct-sun');
  });

  it('has warning signs in both tiers, fever and a spreading redness among them', () => {
    const signs = warningSigns();
    expect(signs.find((s) => s.id === 'fever')?.tier).toBe('urgent');
    expect(signs.find((s) => s.id === 'spreading-redness')?.tier).toBe('contact-clinic');
    expect(new Set(signs.map((s) => s.tier))).toEqual(new Set(['urgent', 'contact-clinic']));
  });

  it('starts the preparation two weeks before the procedure', () => {
    expect(Math.min(...preparation().map((p) => p.day))).toBe(-14);
  });
});
