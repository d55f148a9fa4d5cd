/**
 * How a fact's evidence level reads for patients. One wording for every place that shows a fact (guide
 * pages, the avoid table, the timeline, the handout), so "Many clinics advise ..." always means the same.
 * Pure; the levels themselves are defined once in src/schemas/vocabulary.ts.
 */
import type { EvidenceLevel, Locale } from '../schemas/vocabulary';
import { libWords } from './words';

export interface EvidenceOptions {
  /** The range clinics give ("24 to 72 hours"), if the content has one. */
  clinicRange?: string | undefined;
  /** The fact has a date on this site (a restriction): say that the site uses the longer end of the range. */
  dated?: boolean;
}

/**
 * One or two plain sentences about where a fact comes from. Common clinic advice always names the range
 * clinics give (when known) and ends with "Follow your clinician."
 */
export function evidenceSentence(level: EvidenceLevel, options: EvidenceOptions = {}, lang: Locale = 'en'): string {
  const { clinicRange, dated = false } = options;
  const words = libWords(lang);
  if (level !== 'clinic-advice' || !clinicRange) return words.evidence[level];
  return words.clinicRange(clinicRange, dated);
}
