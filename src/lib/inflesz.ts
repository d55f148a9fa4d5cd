/**
 * Spanish readability: the Szigriszt-Pazos perspicuity index read on the INFLESZ scale (Barrio-Cantalejo et
 * al., 2008), the one Spanish health writers use. INFLESZ = 206.835 - 62.3 * syllables/words - words/sentences;
 * 55 and above reads as "normal" or easier (55-65 normal, 65-80 fairly easy, 80+ very easy). No well-kept npm
 * package computes it, so the syllable counter is here: Spanish spelling is regular enough that counting vowel
 * nuclei, with the diphthong and hiatus rules, gives the syllable count. Pure.
 */

/** The lowest INFLESZ score a Spanish page may have ("normal" difficulty). */
export const MIN_INFLESZ = 55;

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
/** Weak vowels with a written accent break a diphthong (hiatus: "dí-a", "ba-úl"). */
const ACCENTED_WEAK = new Set(['í', 'ú']);
const VOWEL = /[aeiouáéíóúü]/;

/**
 * The syllables of one Spanish word: one per vowel nucleus. Vowels next to each other share a syllable
 * (diphthong: "cui-da-do", "pie") unless both are strong ("le-er", "a-o") or one is an accented í/ú ("dí-a").
 * The silent u of que/qui/gue/gui is no vowel; a final y after a vowel closes a diphthong ("hoy", "muy").
 */
export function syllablesEs(word: string): number {
  let w = word.toLowerCase().normalize('NFC');
  if (w === 'y') return 1;
  w = w.replace(/([qg])u([eéií])/g, '$1$2').replace(/([aeiouáéíóú])y$/, '$1i');
  let count = 0;
  let previous = '';
  for (const letter of w) {
    if (!VOWEL.test(letter)) {
      previous = '';
      continue;
    }
    const hiatus = previous !== '' && ((STRONG.has(previous) && STRONG.has(letter)) || ACCENTED_WEAK.has(previous) || ACCENTED_WEAK.has(letter));
    if (previous === '' || hiatus) count += 1;
    previous = letter;
  }
  // Words without a written vowel (numbers, "FPS") still take time to read: count them as one syllable.
  return Math.max(count, 1);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words and syllables of a piece of Spanish text. */
export function countsEs(text: string): { words: number; syllables: number } {
  const words = text.match(WORD) ?? [];
  return { words: words.length, syllables: words.reduce((sum, w) => sum + syllablesEs(w), 0) };
}

/** The INFLESZ (Szigriszt-Pazos) score of some text, from its sentences. Higher is easier. */
export function inflesz(sentences: readonly string[]): { score: number; words: number; sentences: number; syllables: number } {
  const totals = sentences.map(countsEs).reduce((a, b) => ({ words: a.words + b.words, syllables: a.syllables + b.syllables }), { words: 0, syllables: 0 });
  const count = sentences.filter((s) => countsEs(s).words > 0).length;
  if (totals.words === 0 || count === 0) return { score: 100, words: 0, sentences: 0, syllables: 0 };
  const score = 206.835 - (62.3 * totals.syllables) / totals.words - totals.words / count;
  return { score, words: totals.words, sentences: count, syllables: totals.syllables };
}

/** The hardest sentences (lowest score first), to name on a failure. */
export function hardestSentences(sentences: readonly string[], count = 3): { text: string; score: number }[] {
  return sentences
    .filter((s) => countsEs(s).words >= 4)
    .map((text) => ({ text, score: inflesz([text]).score }))
    .sort((a, b) => a.score - b.score)
    .slice(0, count);
}
