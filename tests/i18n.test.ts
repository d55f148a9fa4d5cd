import { describe, expect, it } from 'vitest';
import { DICTIONARIES, inLang, splitLang } from '../src/i18n';
import { LIB_WORDS } from '../src/lib/words';
import { LOCALES } from '../src/schemas/vocabulary';

/** Every leaf of a dictionary, by its dotted key: strings as they are, functions called with sample values. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value === 'function') return [[prefix, (value as (...args: unknown[]) => unknown)(2, 'x', 3, 'y')]];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => leaves(v, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value]];
}

describe('UI dictionaries (src/i18n)', () => {
  const english = new Map(leaves(DICTIONARIES.en));

  for (const lang of LOCALES) {
    it(`${lang}: has every key of the English dictionary, and no other`, () => {
      const keys = leaves(DICTIONARIES[lang]).map(([key]) => key);
      expect(keys.filter((k) => !english.has(k)), 'keys only in this dictionary').toEqual([]);
      expect([...english.keys()].filter((k) => !keys.includes(k)), `keys missing in ${lang}`).toEqual([]);
    });

    it(`${lang}: no string is empty`, () => {
      const empty = leaves(DICTIONARIES[lang]).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(empty.map(([key]) => key)).toEqual([]);
    });

    it(`${lang}: the wording functions' words (src/lib/words.ts) are all there, none empty`, () => {
      const words = leaves(LIB_WORDS[lang]);
      expect(words.map(([key]) => key)).toEqual(leaves(LIB_WORDS.en).map(([key]) => key));
      expect(words.filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([key]) => key)).toEqual([]);
    });
  }

  it('Spanish words differ from English ones wherever they are sentences (nothing left untranslated)', () => {
    const spanish = new Map(leaves(DICTIONARIES.es));
    // Words that are the same in both languages on purpose.
    const same = new Set(['chart.date', 'chart.dayNumber', 'search.keys']);
    const untranslated = [...english].filter(
      ([key, value]) => typeof value === 'string' && /\s/.test(value) && value.length > 12 && spanish.get(key) === value && !same.has(key),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});

describe('language paths', () => {
  it('puts Spanish pages under /es/ and keeps English at the root', () => {
    expect(inLang('/avoid/', 'en')).toBe('/avoid/');
    expect(inLang('/avoid/', 'es')).toBe('/es/avoid/');
    expect(inLang('/', 'es')).toBe('/es/');
  });

  it('reads a page path back to its language and its language-neutral path', () => {
    expect(splitLang('/es/avoid/')).toEqual({ lang: 'es', path: '/avoid/' });
    expect(splitLang('/es/')).toEqual({ lang: 'es', path: '/' });
    expect(splitLang('/avoid/')).toEqual({ lang: 'en', path: '/avoid/' });
    // A page whose slug starts with "es" is English.
    expect(splitLang('/essentials/')).toEqual({ lang: 'en', path: '/essentials/' });
  });
});

describe('Spanish sentences around the treatment (site.yaml `treatment`)', () => {
  it('joins "de" with "el" as Spanish writes it, and leaves other phrases as they are', () => {
    expect(DICTIONARIES.es.home.lede('Guía', 'el tratamiento con microagujas')).toContain('después del tratamiento con microagujas.');
    expect(DICTIONARIES.es.home.lede('Guía', 'una exfoliación química')).toContain('después de una exfoliación química.');
    expect(DICTIONARIES.es.avoid.description('el tratamiento')).toContain('dejar de usar después del tratamiento,');
  });
});
