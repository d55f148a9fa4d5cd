import { describe, expect, it } from 'vitest';
import { countsEs, hardestSentences, inflesz, syllablesEs } from '../src/lib/inflesz';

describe('Spanish syllables', () => {
  it('counts vowel nuclei, with diphthongs as one syllable', () => {
    const cases: [string, number][] = [
      ['sol', 1], ['piel', 1], ['cara', 2], ['cuidado', 3], ['agua', 2], ['tratamiento', 4], ['hinchazón', 3],
      ['maquillaje', 4], ['ampollas', 3], ['fiebre', 2], ['piscina', 3], ['microagujas', 5], ['ejercicio', 4],
    ];
    for (const [word, n] of cases) expect(syllablesEs(word), word).toBe(n);
  });

  it('splits a hiatus: two strong vowels, or an accented í or ú', () => {
    expect(syllablesEs('día')).toBe(2);
    expect(syllablesEs('leer')).toBe(2);
    expect(syllablesEs('país')).toBe(2);
    expect(syllablesEs('reacción')).toBe(3);
  });

  it('does not count the silent u of que, qui, gue, gui, and reads a final y as a vowel', () => {
    expect(syllablesEs('que')).toBe(1);
    expect(syllablesEs('quitar')).toBe(2);
    expect(syllablesEs('guerra')).toBe(2);
    expect(syllablesEs('hoy')).toBe(1);
    expect(syllablesEs('y')).toBe(1);
  });

  it('counts words and syllables of a sentence', () => {
    expect(countsEs('Evite el sol hasta el día 3.')).toEqual({ words: 7, syllables: 11 });
  });
});

describe('INFLESZ (Szigriszt-Pazos)', () => {
  it('scores short plain sentences as easy, long technical ones as hard', () => {
    expect(inflesz(['No nade.', 'Use protector solar.', 'Lave su cara con agua tibia.']).score).toBeGreaterThan(80);
    const hard = 'La administración concomitante de formulaciones tópicas queratolíticas incrementa considerablemente la probabilidad de complicaciones inflamatorias postinflamatorias persistentes.';
    expect(inflesz([hard]).score).toBeLessThan(0);
  });

  it('follows the formula 206.835 - 62.3 * syllables/words - words/sentences', () => {
    const result = inflesz(['Evite el sol hasta el día 3.']);
    expect(result.score).toBeCloseTo(206.835 - (62.3 * 11) / 7 - 7, 6);
  });

  it('names the hardest sentences, hardest first', () => {
    const hardest = hardestSentences(['Use protector solar cada día.', 'Las recomendaciones institucionales internacionales coinciden.', 'No nade en la piscina.'], 2);
    expect(hardest.map((h) => h.text)).toEqual(['Las recomendaciones institucionales internacionales coinciden.', 'Use protector solar cada día.']);
  });
});
