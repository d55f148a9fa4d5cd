/**
 * Article suite: what the shipped guidance says for Part 2 of the facts sheet (what patients also ask), with
 * the evidence level and the range clinics give for each fact. Reads content/ directly; skipped with
 * ARTICLE_CHECKS=off (a clinic's own content need not say these things).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const content = join(import.meta.dirname, '../content');
type Data = Record<string, unknown> & {
  evidence?: string;
  clinicRange?: string;
  sources?: string[];
  windows?: { procedure: string; firstDay: number; lastDay: number }[];
};
const read = (folder: string, id: string) => parse(readFileSync(join(content, folder, `${id}.yaml`), 'utf8')) as Data;
const ids = (folder: string) => readdirSync(join(content, folder)).map((f) => f.replace(/\.yaml$/, ''));
const lastDays = (d: Data) => Object.fromEntries((d.windows ?? []).map((w) => [w.procedure, [w.firstDay, w.lastDay]]));

describe.skipIf(process.env['ARTICLE_CHECKS'] === 'off')('Part 2 of the facts sheet, as shipped', () => {
  it('A. what is normal: each effect with its days per procedure type and its evidence', () => {
    const expected: [string, Record<string, [number, number]>, string][] = [
      ['pinpoint-bleeding', { traditional: [0, 0], rf: [0, 0] }, 'peer-reviewed'],
      ['redness-and-swelling', { traditional: [0, 3], rf: [0, 3] }, 'peer-reviewed'],
      ['tight-dry-skin', { traditional: [0, 2], rf: [0, 2] }, 'clinic-advice'],
      ['flaking-and-peeling', { traditional: [2, 7], rf: [2, 7] }, 'peer-reviewed'],
      ['itching-and-bruising', { traditional: [0, 7], rf: [0, 7] }, 'peer-reviewed'],
      ['rf-scabs-and-grid-marks', { rf: [0, 7] }, 'peer-reviewed'],
      ['rf-weaker-skin-barrier', { rf: [1, 7] }, 'peer-reviewed'],
    ];
    expect(ids('expected-effects').sort()).toEqual(expected.map(([id]) => id).sort());
    for (const [id, days, evidence] of expected) {
      const e = read('expected-effects', id);
      expect(lastDays(e), id).toEqual(days);
      expect(e.evidence, id).toBe(evidence);
    }
    // The RF figures come from the consumer summary (said on the page); the safety review backs crusting in a week.
    expect(read('expected-effects', 'rf-scabs-and-grid-marks').sources).toEqual(['rf-trials-consumer-summary', 'chu-2021-safety-review']);
    expect(read('expected-effects', 'tight-dry-skin').clinicRange).toBe('the first 1 to 2 days');
  });

  it('B. activities are clinic advice with the range clinics give, and the longer end as the date', () => {
    const expected: [string, number, string][] = [
      ['exercise', 3, '24 to 72 hours'],
      ['heat', 5, '24 hours to 5 days'],
      ['alcohol', 2, '24 to 48 hours'],
      ['hair-removal', 7, '5 to 7 days'],
    ];
    for (const [id, lastDay, range] of expected) {
      const r = read('restrictions', id);
      expect(lastDays(r), id).toEqual({ traditional: [0, lastDay], rf: [0, lastDay] });
      expect([r.evidence, r.clinicRange], id).toEqual(['clinic-advice', range]);
    }
    expect(read('preparation', 'shave-day-before')).toMatchObject({ day: -1, evidence: 'clinic-advice' });
  });

  it('B. tips: good habits, and what to ask your clinician first', () => {
    expect(read('tips', 'other-facial-treatments')).toMatchObject({ kind: 'ask-clinician', evidence: 'clinic-advice', clinicRange: '2 days to a month' });
    expect(read('tips', 'ice-and-pain-relief')).toMatchObject({ kind: 'ask-clinician', evidence: 'clinic-advice' });
    for (const id of ['wash-hands', 'no-picking', 'fresh-pillowcase']) {
      expect(read('tips', id), id).toMatchObject({ kind: 'habit', evidence: 'clinic-advice' });
    }
  });

  it('C. sun: SPF 30+, shade and hat, longer protection, the darker-skin note', () => {
    expect(read('routine', 'sunscreen')).toMatchObject({ evidence: 'professional-body', productKind: expect.stringContaining('SPF 30 or higher') });
    expect(read('tips', 'sun-shade-and-hat')).toMatchObject({ evidence: 'professional-body', sources: ['aad-sunscreen-faqs'] });
    expect(read('tips', 'keep-protecting-from-sun')).toMatchObject({ evidence: 'clinic-advice', clinicRange: '48 hours to 4 weeks' });
    expect(read('tips', 'darker-skin-sun')).toMatchObject({ evidence: 'peer-reviewed' });
    // "Keep protecting your skin after day 3": said where sun and tanning beds may start again (day 4).
    for (const id of ['direct-sun', 'tanning-beds']) expect(read('restrictions', id), id).toMatchObject({ afterwards: ['keep-protecting-from-sun'] });
  });

  it('D. the allergic-reaction emergency sign and the itchy-rash sign', () => {
    expect(read('warning-signs', 'allergic-reaction')).toMatchObject({ tier: 'urgent', evidence: 'professional-body', sources: ['nhs-anaphylaxis'] });
    expect(read('warning-signs', 'allergic-reaction').action).toContain('911');
    expect(read('warning-signs', 'itchy-rash')).toMatchObject({ tier: 'contact-clinic', evidence: 'peer-reviewed' });
    expect(read('warning-signs', 'pus-or-crusts').keywords).not.toContain('scab');
  });

  it('E. the "tell your clinician before" list', () => {
    const expected: [string, string][] = [
      ['tell-isotretinoin', 'professional-body'],
      ['tell-skin-flare', 'peer-reviewed'],
      ['tell-about-cold-sores', 'peer-reviewed'],
      ['tell-keloids', 'clinic-advice'],
      ['tell-metal-allergy', 'peer-reviewed'],
      ['tell-blood-thinners', 'peer-reviewed'],
      ['tell-pregnancy', 'clinic-advice'],
      ['tell-implants-rf', 'clinic-advice'],
    ];
    for (const [id, evidence] of expected) expect(read('preparation', id).evidence, id).toBe(evidence);
    expect(read('preparation', 'tell-blood-thinners').instruction).toContain('Never stop a prescribed blood thinner on your own');
  });

  it('F. overlapping rows are declared: AHA and BHA in chemical exfoliators, vitamin C scrubs in scrubs', () => {
    expect(read('restrictions', 'chemical-exfoliators').includes).toEqual(['aha', 'bha']);
    expect(read('restrictions', 'scrubs').includes).toEqual(['vitamin-c']);
    expect(read('restrictions', 'aha').overlaps).toEqual([{ with: 'chemical-exfoliators', which: 'AHA peels, pads and exfoliating toners' }]);
    expect(read('restrictions', 'vitamin-c').overlaps).toEqual([{ with: 'scrubs', which: 'Vitamin C scrubs' }]);
    expect(read('tips', 'day-0-products')).toMatchObject({ withRoutine: true, firstDay: 0, lastDay: 0, evidence: 'peer-reviewed' });
  });

  it('6. citations say what each source supports', () => {
    expect(ids('sources')).not.toContain('granuloma-reports');
    expect(ids('sources')).toEqual(expect.arrayContaining(['soltani-arabshahi-2014', 'friedmann-2024-granuloma-review']));
    expect(String(read('sources', 'martin-huang-2021').usedFor)).toMatch(/lumps/i);
    expect(String(read('sources', 'martin-huang-2021').usedFor)).not.toMatch(/7 days/);
    expect(String(read('sources', 'microneedling-adverse-effects-review').usedFor)).toContain('0.5 to 3 mm');
    expect(String(read('sources', 'tan-2021-rf-review').citation)).not.toMatch(/trial summaries/);
    expect(read('procedures', 'rf').sources).toContain('rf-trials-consumer-summary');
    expect(read('routine', 'drink-water').sources).not.toContain('fda-microneedling-devices');
    expect(String(read('sources', 'fda-rf-microneedling-2025').citation)).toMatch(/reported/);
  });
});
