/**
 * Which glossary terms a piece of text uses, so a table, the timeline or the handout can explain the words
 * it shows (AHA, clinician, granuloma...) right where it shows them, not only in guide prose. Pure: the
 * terms come from content/glossary. Each term is explained once per surface: the first text that uses it.
 */

/** A glossary entry as this module needs it (see src/schemas/glossary.ts). */
export interface GlossaryTerm {
  term: string;
  expansion: string;
  forms?: readonly string[] | undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A term's pattern: an abbreviation (all capitals, "AHA") matches as written, with an optional plural
 * "s"; a word matches in any case, and so do its other forms ("granulomas").
 */
function patternOf(entry: GlossaryTerm): RegExp {
  const abbreviation = entry.term === entry.term.toUpperCase();
  const spellings = [entry.term, ...(entry.forms ?? [])].map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${spellings})${abbreviation ? 's?' : ''}(?![\\p{L}\\p{N}-])`, abbreviation ? 'u' : 'iu');
}

/** Whether the text uses the term (and does not already say what it means). */
export function usesTerm(text: string, entry: GlossaryTerm): boolean {
  return patternOf(entry).test(text) && !text.toLowerCase().includes(entry.expansion.toLowerCase());
}

/** The glossary terms the text uses, in glossary order. */
export function termsIn(text: string, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  return glossary.filter((entry) => usesTerm(text, entry));
}

/**
 * For texts shown one after another on one surface (the rows of a table), the terms each one explains:
 * those it is the first to use. A term already explained on the surface is not explained again.
 */
export function firstUses<T extends GlossaryTerm>(texts: readonly string[], glossary: readonly T[]): T[][] {
  const explained = new Set<string>();
  return texts.map((text) => {
    const fresh = glossary.filter((entry) => !explained.has(entry.term) && usesTerm(text, entry));
    fresh.forEach((entry) => explained.add(entry.term));
    return fresh;
  });
}

/** "AHA", or "Clinician" for a word: how a term starts its explanation. */
export function termHeading(entry: GlossaryTerm): string {
  return entry.term.charAt(0).toUpperCase() + entry.term.slice(1);
}
