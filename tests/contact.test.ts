import { describe, expect, it } from 'vitest';
import { telHref } from '../src/lib/contact';

describe('telHref', () => {
  it('keeps digits and a plus sign', () => {
    expect(telHref('+44 (0)20 7946-0958 ext')).toBe('tel:+4402079460958');
    expect(telHref('(555) 010-4477')).toBe('tel:5550104477');
  });
});
