import { describe, expect, it } from 'vitest';
import { mergeWords } from '../src/lib/translate';

const english = [
  { id: 'sun', data: { label: 'Direct sun', reason: 'Sun burns healing skin.', note: 'Wear a hat.', windows: [{ procedure: 'rf', firstDay: 0, lastDay: 7 }], keywords: ['sun'] } },
  { id: 'aha', data: { label: 'AHA', reason: 'AHAs sting.', overlaps: [{ with: 'chemical-exfoliators', which: 'AHA peels' }], keywords: [] } },
];
const file = (id: string) => `content/translations/es/restrictions/${id}.yaml`;
const words = (id: string, data: Record<string, unknown>) => ({ id, file: file(id), data });

describe('mergeWords: facts once, words twice', () => {
  it('keeps the facts of the English entry and takes every word from the translation', () => {
    const { entries, problems } = mergeWords('restrictions', english, [
      words('sun', { label: 'Sol directo', reason: 'El sol quema la piel.', note: 'Use sombrero.', keywords: ['sol', 'playa'] }),
      words('aha', { label: 'AHA', reason: 'Los AHA arden.', overlaps: [{ with: 'chemical-exfoliators', which: 'Peelings con AHA' }], keywords: ['ácido'] }),
    ], file);
    expect(problems).toEqual([]);
    expect(entries[0]!.data).toEqual({
      label: 'Sol directo', reason: 'El sol quema la piel.', note: 'Use sombrero.',
      windows: [{ procedure: 'rf', firstDay: 0, lastDay: 7 }], keywords: ['sol', 'playa'],
    });
    expect(entries[1]!.data.overlaps).toEqual([{ with: 'chemical-exfoliators', which: 'Peelings con AHA' }]);
  });

  it('names the file of a missing translation', () => {
    const { problems } = mergeWords('restrictions', english, [words('sun', { label: 'Sol', reason: 'R', note: 'N' })], file);
    expect(problems).toEqual([{ file: file('aha'), message: '(file): is missing: translate the English entry "aha" (content/restrictions/)' }]);
  });

  it('names the file and the field of a missing or empty word, and never falls back to English', () => {
    const { entries, problems } = mergeWords('restrictions', english.slice(0, 1), [words('sun', { label: 'Sol', reason: '  ' })], file);
    expect(problems).toEqual([
      { file: file('sun'), message: 'reason: is missing or empty (the English entry has it)' },
      { file: file('sun'), message: 'note: is missing or empty (the English entry has it)' },
    ]);
    expect(entries[0]!.data.reason).not.toBe('Sun burns healing skin.');
  });

  it('refuses a field the English entry does not have, and overlaps that differ from the English ones', () => {
    const { problems } = mergeWords('restrictions', english.slice(1), [
      words('aha', { label: 'AHA', reason: 'R', note: 'Extra', overlaps: [{ with: 'sun', which: 'X' }] }),
    ], file);
    expect(problems.map((p) => p.message)).toEqual([
      'note: the English entry has no such field: remove it',
      'overlaps: must have one entry for each English overlap, with: [chemical-exfoliators] in that order',
    ]);
  });

  it('names a translation with no English entry', () => {
    const { problems } = mergeWords('restrictions', [], [words('old', { label: 'Viejo', reason: 'R' })], file);
    expect(problems).toEqual([{ file: file('old'), message: '(file): has no English entry with the same name in content/restrictions/; rename or remove it' }]);
  });

  it('asks for the same number of steps as the English entry', () => {
    const routine = [{ id: 'cleanse', data: { label: 'Cleanse', productKind: 'Cleanser', instruction: 'Wash.', steps: ['One.', 'Two.'] } }];
    const { problems } = mergeWords('routine', routine, [
      { id: 'cleanse', file: 'es/routine/cleanse.yaml', data: { label: 'Limpiar', productKind: 'Limpiador', instruction: 'Lave.', steps: ['Uno.'] } },
    ], (id) => id);
    expect(problems.map((p) => p.message)).toEqual(['steps: must list 2 steps, in the English order (found 1)']);
  });
});
