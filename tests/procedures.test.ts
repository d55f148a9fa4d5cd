import { describe, expect, it } from 'vitest';
import { notForLabel } from '../src/lib/procedures';

const procedures = [{ id: 'a', name: 'Type A' }, { id: 'b', name: 'Type B' }, { id: 'c', name: 'Type C' }];

describe('notForLabel', () => {
  it('names the types an entry leaves out on purpose, in content order', () => {
    expect(notForLabel(['b'], procedures)).toBe('Not for Type B.');
    expect(notForLabel(['c', 'a'], procedures)).toBe('Not for Type A or Type C.');
    expect(notForLabel([], procedures)).toBe('');
  });
});
