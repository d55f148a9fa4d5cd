import { z } from 'astro/zod';
import { checkedReference, notFor } from './references';
import { WARNING_TIERS } from './vocabulary';
import { keywords, strictObject, text } from './common';
import { citesWhatItClaims, CITES_WHAT_IT_CLAIMS_MESSAGE, evidenceFields } from './evidence';

/** A sign that something is wrong, and what to do about it. The file name is its id. */
export const warningSignSchema = strictObject({
  /** How urgent: `contact-clinic` (call your clinic soon) or `urgent` (get care now). */
  tier: z.enum(WARNING_TIERS),
  /** The sign, as a patient would notice it. */
  sign: text,
  /** What to do. */
  action: text,
  /** Procedure types this does not apply to, on purpose (it applies to every other type). */
  notFor,
  /** Order within its tier. */
  order: z.number().int().default(100),
  /** Sources for this sign. */
  sources: z.array(checkedReference('sources')).default([]),
  /** Extra search words ("pus", "fever"). */
  keywords,
  ...evidenceFields,
}).refine(citesWhatItClaims, { message: CITES_WHAT_IT_CLAIMS_MESSAGE, path: ['sources'] });
export type WarningSignData = z.infer<typeof warningSignSchema>;
