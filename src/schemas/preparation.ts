import { z } from 'astro/zod';
import { checkedReference } from './references';
import { keywords, strictObject, text } from './common';
import { citesWhatItClaims, CITES_WHAT_IT_CLAIMS_MESSAGE, evidenceFields } from './evidence';

/** Something to do before the procedure. The file name is its id. */
export const preparationSchema = strictObject({
  /** The day to start it, counted back from the procedure (-14 = two weeks before). */
  day: z.number().int().min(-60).max(0),
  /** Short name ("Wash your towels"). */
  label: text,
  /** What to do, in plain words. */
  instruction: text,
  /** Order among steps of the same day. */
  order: z.number().int().default(100),
  /** Sources for this step. */
  sources: z.array(checkedReference('sources')).default([]),
  /** Extra search words. */
  keywords,
  ...evidenceFields,
}).refine(citesWhatItClaims, { message: CITES_WHAT_IT_CLAIMS_MESSAGE, path: ['sources'] });
export type PreparationData = z.infer<typeof preparationSchema>;
