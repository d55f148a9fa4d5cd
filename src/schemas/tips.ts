import { z } from 'astro/zod';
import { TIP_KINDS } from './vocabulary';
import { dayNumber, strictObject, text } from './common';
import { citesWhatItClaims, CITES_WHAT_IT_CLAIMS_MESSAGE, factFields } from './evidence';

/**
 * A tip that is not a dated restriction or a routine step: a good habit (wash your hands before you touch
 * your face), or something to ask your clinician about first because sources disagree or give no date
 * (ice, pain relief, other facial treatments). The file name is its id.
 */
export const tipSchema = strictObject({
  /** A good habit, or a question to ask your clinician first. */
  kind: z.enum(TIP_KINDS),
  /** Short name ("Use a fresh pillowcase"). */
  label: text,
  /** What to do, in plain words. */
  instruction: text,
  /** First day it applies (day 0 = procedure day); with lastDay, a tip shown with the routine on those days. */
  firstDay: dayNumber.optional(),
  /** Last day it applies. */
  lastDay: dayNumber.optional(),
  /** Show it next to the daily routine on the days it applies (the day-0 product rule). */
  withRoutine: z.boolean().default(false),
  ...factFields,
})
  .refine((t) => (t.firstDay === undefined) === (t.lastDay === undefined), {
    message: 'firstDay and lastDay go together: give both or neither',
    path: ['lastDay'],
  })
  .refine((t) => t.firstDay === undefined || t.lastDay === undefined || t.lastDay >= t.firstDay, {
    message: 'lastDay must be the same as or later than firstDay',
    path: ['lastDay'],
  })
  .refine(citesWhatItClaims, { message: CITES_WHAT_IT_CLAIMS_MESSAGE, path: ['sources'] });
export type TipData = z.infer<typeof tipSchema>;
