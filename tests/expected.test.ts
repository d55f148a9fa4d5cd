/** src/lib/expected.ts: which normal effects to expect on a day, per procedure type. */
import { describe, expect, it } from 'vitest';
import { continuesAfter, expectedDaysLabel, expectedLines, expectedOn, type ExpectedEffect } from '../src/lib/expected';

const both = (firstDay: number, lastDay: number) => [
  { procedure: 'traditional', firstDay, lastDay },
  { procedure: 'rf', firstDay, lastDay },
];
const effects: ExpectedEffect[] = [
  { id: 'bleeding', label: 'Tiny dots of blood', windows: both(0, 0) },
  { id: 'redness', label: 'Red skin', windows: both(0, 3) },
  { id: 'flaking', label: 'Flaking', windows: both(2, 7) },
  { id: 'scabs', label: 'Small scabs', windows: [{ procedure: 'rf', firstDay: 0, lastDay: 7 }] },
];
const procedures = [
  { id: 'traditional', shortName: 'Traditional' },
  { id: 'rf', shortName: 'RF' },
];
const ids = (list: ExpectedEffect[]) => list.map((e) => e.id);

describe('expectedOn', () => {
  it('lists the effects whose usual days include the day, first and last day included, in content order', () => {
    expect(ids(expectedOn(effects, 'traditional', 0))).toEqual(['bleeding', 'redness']);
    expect(ids(expectedOn(effects, 'traditional', 3))).toEqual(['redness', 'flaking']);
    expect(ids(expectedOn(effects, 'traditional', 7))).toEqual(['flaking']);
    expect(ids(expectedOn(effects, 'traditional', 8))).toEqual([]);
  });

  it('keeps to the procedure type: scabs only after RF', () => {
    expect(ids(expectedOn(effects, 'rf', 5))).toEqual(['flaking', 'scabs']);
    expect(ids(expectedOn(effects, 'traditional', 5))).toEqual(['flaking']);
  });

  it('expects nothing before the procedure or for an unknown type', () => {
    expect(expectedOn(effects, 'rf', -1)).toEqual([]);
    expect(expectedOn(effects, 'laser', 1)).toEqual([]);
  });
});

describe('continuesAfter', () => {
  it('says whether the effect goes on the next day', () => {
    expect(continuesAfter(effects[1]!, 'rf', 2)).toBe(true);
    expect(continuesAfter(effects[1]!, 'rf', 3)).toBe(false);
    expect(continuesAfter(effects[3]!, 'traditional', 1)).toBe(false);
  });
});

describe('expectedDaysLabel', () => {
  it('names one day or a range', () => {
    expect(expectedDaysLabel(0, 0)).toBe('Day 0');
    expect(expectedDaysLabel(2, 7)).toBe('Days 2 to 7');
  });
});

describe('expectedLines', () => {
  it('says shared days once, and names the types an effect is only for', () => {
    expect(expectedLines(effects, procedures)).toEqual([
      { id: 'bleeding', label: 'Tiny dots of blood', when: [{ procedures: [], firstDay: 0, lastDay: 0 }] },
      { id: 'redness', label: 'Red skin', when: [{ procedures: [], firstDay: 0, lastDay: 3 }] },
      { id: 'flaking', label: 'Flaking', when: [{ procedures: [], firstDay: 2, lastDay: 7 }] },
      { id: 'scabs', label: 'Small scabs', when: [{ procedures: ['RF'], firstDay: 0, lastDay: 7 }] },
    ]);
  });

  it('gives each type its own days when they differ', () => {
    const differing: ExpectedEffect = {
      id: 'swelling',
      label: 'Swelling',
      windows: [
        { procedure: 'traditional', firstDay: 0, lastDay: 2 },
        { procedure: 'rf', firstDay: 0, lastDay: 3 },
      ],
    };
    expect(expectedLines([differing], procedures)[0]?.when).toEqual([
      { procedures: ['Traditional'], firstDay: 0, lastDay: 2 },
      { procedures: ['RF'], firstDay: 0, lastDay: 3 },
    ]);
  });
});
