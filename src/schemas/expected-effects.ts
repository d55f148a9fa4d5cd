import { z } from 'astro/zod';
import { ONE_WINDOW_PER_PROCEDURE, oneWindowPerProcedure, procedureWindows } from './restrictions';
import { strictObject, text } from './common';
import { citesWhatItClaims, CITES_WHAT_IT_CLAIMS_MESSAGE, factFields } from './evidence';

/**
 * Something normal to expect after the procedure (redness, flaking, small scabs), with the days it usually
 * lasts for each procedure type. The file name is its id. Shown on the "what is normal" guide page, in the
 * timeline's "What to expect" and on the handout, so a reader can tell a normal effect from a warning sign.
 */
export const expectedEffectSchema = strictObject({
  /** The effect, as a patient would notice it ("Red, warm, tight skin"). */
  label: text,
  /** What it is like and why it is normal, in one to three plain sentences. */
  description: text,
  /** For each procedure type it happens after: the first and last day it usually lasts (day 0 = procedure day). */
  windows: procedureWindows,
  /** A caution or limit to show with it ("bleeding that does not stop: call your clinic"). */
  note: text.optional(),
  ...factFields,
})
  .refine(oneWindowPerProcedure, ONE_WINDOW_PER_PROCEDURE)
  .refine(citesWhatItClaims, { message: CITES_WHAT_IT_CLAIMS_MESSAGE, path: ['sources'] });
export type ExpectedEffectData = z.infer<typeof expectedEffectSchema>;
