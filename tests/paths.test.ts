import { describe, expect, it } from 'vitest';
import { withBase, withoutBase } from '../src/lib/paths';

describe('withBase / withoutBase', () => {
  it('joins the deploy path and a page path with one slash', () => {
    expect(withBase('/', '/avoid/')).toBe('/avoid/');
    expect(withBase('/aftercare/', '/avoid/')).toBe('/aftercare/avoid/');
    expect(withBase('/aftercare', 'avoid/')).toBe('/aftercare/avoid/');
  });
  it('removes the deploy path to compare pages', () => {
    expect(withoutBase('/aftercare/', '/aftercare/avoid/')).toBe('/avoid/');
    expect(withoutBase('/aftercare/', '/aftercare')).toBe('/');
    expect(withoutBase('/', '/avoid/')).toBe('/avoid/');
  });
});
