import { describe, expect, it } from 'vitest';
import { guideBodyProblems, mergeWords } from '../src/lib/translate';

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

describe('guideBodyProblems: a translated guide page says what its English page says', () => {
  const english = {
    body: '## Why\n\nAvoid it <Window id="sun" />. See [the routine](/daily-routine/).\n\n<Tips ids={["a", "b"]} />\n\n### More\n\nAbout 3 days.',
    words: 'Sun protection. For 2 weeks.',
  };
  const same = {
    body: '## Por qué\n\nEvítelo <Window id="sun" />. Vea [la rutina](/daily-routine/).\n\n<Tips ids={["a", "b"]} />\n\n### Más\n\nUnos 3 días.',
    words: 'Protección solar. Por 2 semanas.',
  };

  it('finds nothing when the words differ and everything else is the same', () => {
    expect(guideBodyProblems(english, same)).toEqual([]);
  });

  it('a component left out, added or changed (it shows facts)', () => {
    const problems = guideBodyProblems(english, { ...same, body: same.body.replace('<Tips ids={["a", "b"]} />', '<Tips ids={["a"]} />') });
    expect(problems).toEqual([expect.objectContaining({ field: '(components)' })]);
    expect(problems[0]!.message).toContain('English:    <Window id="sun" /> <Tips ids={["a", "b"]} />');
    expect(problems[0]!.message).toContain('translated: <Window id="sun" /> <Tips ids={["a"]} />');
  });

  it('a link to another page, a heading level changed, a number the English does not have', () => {
    const body = same.body.replace('/daily-routine/', '/prices/').replace('### Más', '## Más').replace('Unos 3 días', 'Unos 5 días');
    expect(guideBodyProblems(english, { ...same, body })).toEqual([
      { field: '(headings)', message: 'must have the same heading levels in the same order: ## ###, not ## ##' },
      { field: '(links)', message: 'must link to the same pages: /daily-routine/, not /prices/' },
      { field: '(body)', message: 'types numbers the English page does not: 5' },
    ]);
  });

  it('a number from the English title or description may be in the translated prose; numbers inside components are facts', () => {
    expect(guideBodyProblems(english, { ...same, body: `${same.body}\n\nDurante 2 semanas.` })).toEqual([]);
  });
});

describe('mergeWords checks guide pages body against body', () => {
  it('names the translation file and what differs', () => {
    const english = [{ id: 'sun', data: { title: 'Sun' }, body: '<Tips ids={["a"]} />' }];
    const { problems } = mergeWords('guide', english, [{ id: 'sun', file: 'content/translations/es/guide/sun.mdx', data: { title: 'Sol' }, body: 'Nada.' }], () => 'x');
    expect(problems).toEqual([expect.objectContaining({ file: 'content/translations/es/guide/sun.mdx', message: expect.stringMatching(/^\(components\): must be exactly the English page's/) })]);
  });
});

describe('mergeWords for sources: the short label is words, the citation stays as published', () => {
  const english = [{ id: 'chu', data: { short: 'Chu and others (2021)', citation: 'Chu J, et al. Dermatol Surg. 2021.', order: 1 } }];

  it('takes the translated label and keeps the citation', () => {
    const { entries, problems } = mergeWords('sources', english, [{ id: 'chu', file: 'es/sources/chu.yaml', data: { short: 'Chu y otros (2021)' } }], () => 'x');
    expect(problems).toEqual([]);
    expect(entries[0]!.data).toEqual({ short: 'Chu y otros (2021)', citation: 'Chu J, et al. Dermatol Surg. 2021.', order: 1 });
  });

  it('a missing translation is a problem naming the file to write (the build stops on it)', () => {
    const { problems } = mergeWords('sources', english, [], (id) => `content/translations/es/sources/${id}.yaml`);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/translations/es/sources/chu.yaml', message: expect.stringContaining('is missing') })]);
  });
});
