import { z } from 'astro/zod';
import { checkedReference, notFor } from './references';
import { ROUTINE_TIMES } from './vocabulary';
import { dayNumber, keywords, strictObject, text } from './common';
import { citesWhatItClaims, CITES_WHAT_IT_CLAIMS_MESSAGE, evidenceFields } from './evidence';

/** One step of the daily skin-care routine. The file name is its id. */
export const routineStepSchema = strictObject({
  /** Position in the routine, 1 first. */
  order: z.number().int().min(1),
  /** Short name of the step ("Cleanse"). */
  label: text,
  /** The kind of product, never a brand ("a gentle, sulfate-free cleanser"). */
  productKind: text,
  /** What to do, in plain words. */
  instruction: text,
  /** Smaller steps, in order, when the step has several (how to cleanse). */
  steps: z.array(text).default([]),
  /** When in the day: morning, night, or both. */
  times: z.array(z.enum(ROUTINE_TIMES)).min(1, 'times needs morning, night, or both'),
  /** First day of the step (0 = procedure day). */
  fromDay: dayNumber.default(0),
  /** Procedure types this does not apply to, on purpose (it applies to every other type). */
  notFor,
  /** A caution to show with it. */
  note: text.optional(),
  /** Sources for this step. */
  sources: z.array(checkedReference('sources')).default([]),
  /** Extra search words. */
  keywords,
  ...evidenceFields,
}).refine(citesWhatItClaims, { message: CITES_WHAT_IT_CLAIMS_MESSAGE, path: ['sources'] });
export type RoutineStepData = z.infer<typeof routineStepSchema>;
