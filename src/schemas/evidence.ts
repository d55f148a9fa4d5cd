/**
 * How strong the support for a fact is. Every fact a patient acts on (restrictions, routine steps, tips,
 * warning signs, preparation steps, expected effects) carries these fields, so readers see whether research,
 * a health body, or only common clinic advice stands behind it.
 */
import { z } from 'astro/zod';
import { EVIDENCE_LEVELS, type EvidenceLevel } from './vocabulary';
import { checkedReference } from './references';
import { keywords, text } from './common';

/** The fields every fact carries (spread into each fact's schema). */
export const evidenceFields = {
  /** peer-reviewed (published research), professional-body (a health authority) or clinic-advice (common advice, little research). */
  evidence: z.enum(EVIDENCE_LEVELS, {
    error: `evidence must be one of: ${EVIDENCE_LEVELS.join(', ')}`,
  }),
  /** The range clinics give, in plain words ("24 hours to 3 days"), shown as "Many clinics advise ... (clinics say 24 hours to 3 days)". */
  clinicRange: text.optional(),
};

/** The fields every newer kind of fact shares: order, sources, search words and evidence. */
export const factFields = {
  /** Order in lists (lowest first). */
  order: z.number().int().default(100),
  /** Sources for this fact (required unless it is common clinic advice with no citable source). */
  sources: z.array(checkedReference('sources')).default([]),
  /** Extra search words, as patients say them ("pool", "gym", "peeling"). */
  keywords,
  ...evidenceFields,
};

/** Research and health-body facts must name where they come from; common clinic advice may have no citable source. */
export function citesWhatItClaims(fact: { evidence: EvidenceLevel; sources: readonly unknown[] }): boolean {
  return fact.evidence === 'clinic-advice' || fact.sources.length > 0;
}

/** The message for citesWhatItClaims, pinned in tests. */
export const CITES_WHAT_IT_CLAIMS_MESSAGE =
  'sources needs at least one source when evidence is peer-reviewed or professional-body (use clinic-advice for advice with no citable source)';
