import { describe, expect, it } from 'vitest';
import { isDialable, telHref } from '../src/lib/contact';
import { clinicSchema } from '../src/schemas/site';

describe('telHref', () => {
  it('keeps digits and a plus sign', () => {
    expect(telHref('(555) 010-4477')).toBe('tel:5550104477');
    expect(telHref('+1 555.010.4477')).toBe('tel:+15550104477');
  });

  it('leaves out the "(0)" an international number writes for callers at home', () => {
    expect(telHref('+44 (0)20 7946-0958')).toBe('tel:+442079460958');
    // Without a country code the 0 is part of the number.
    expect(telHref('(0)20 7946 0958')).toBe('tel:02079460958');
  });
});

describe('isDialable', () => {
  it('accepts the ways clinics write numbers', () => {
    for (const phone of ['(555) 010-4477', '+1 555-010-4477', '+44 (0)20 7946 0958', '555.010.4477', '0800 123 456', '111']) {
      expect(isDialable(phone), phone).toBe(true);
    }
  });

  it('refuses what would dial a different number or none', () => {
    for (const phone of ['call us anytime', '555-CALL-NOW', '555-0100 ext. 12', '555 0100 x12', '12', '+', '--']) {
      expect(isDialable(phone), phone).toBe(false);
    }
  });
});

describe('clinic phone numbers in site.yaml', () => {
  it('a number with letters fails, naming the field and what to write', () => {
    const result = clinicSchema.safeParse({ phone: '555 0100', afterHoursPhone: '555-CALL-NOW ext' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['afterHoursPhone'],
        message:
          'clinic.afterHoursPhone must be a phone number: digits, with spaces or + ( ) - . between them, e.g. +1 555-010-4477 (no letters or extensions)',
      }),
    ]);
  });

  it('a number as clinics write it passes', () => {
    expect(clinicSchema.safeParse({ phone: '+1 (555) 010-4477', afterHoursPhone: '555.010.4478' }).success).toBe(true);
  });
});
