import { z } from 'astro/zod';
import { checkedReference, notFor } from './references';
import { RESTRICTION_CATEGORIES } from './vocabulary';
import { dayNumber, strictObject, text } from './common';
import { citesWhatItClaims, CITES_WHAT_IT_CLAIMS_MESSAGE, factFields } from './evidence';

/** The days one restriction applies for one procedure type (day convention: inclusive, day 0 = procedure day). */
export const restrictionWindowSchema = strictObject({
  /** The procedure type this window is for. */
  procedure: checkedReference('procedures'),
  /** First day to avoid it (usually 0, the procedure day). */
  firstDay: dayNumber,
  /** Last day to avoid it: "for 3 days" means lastDay 3, so it may be used again on day 4. */
  lastDay: dayNumber,
}).refine((w) => w.lastDay >= w.firstDay, {
  message: 'lastDay must be the same as or later than firstDay',
  path: ['lastDay'],
});

/** One window per procedure type, at least one (restrictions, expected effects). */
export const procedureWindows = z.array(restrictionWindowSchema).min(1, 'windows needs at least one procedure type');

/** True when no procedure type has two windows. */
export const oneWindowPerProcedure = (entry: { windows: readonly { procedure: { id: string } }[] }) =>
  new Set(entry.windows.map((w) => w.procedure.id)).size === entry.windows.length;

/** The message for oneWindowPerProcedure. */
export const ONE_WINDOW_PER_PROCEDURE = { message: 'windows lists the same procedure type twice', path: ['windows'] };

/** True when no procedure type is both in `notFor` and given a window. */
export const notForHasNoWindow = (entry: { windows: readonly { procedure: { id: string } }[]; notFor: readonly { id: string }[] }) =>
  !entry.notFor.some((n) => entry.windows.some((w) => w.procedure.id === n.id));

/** The message for notForHasNoWindow. */
export const NOT_FOR_HAS_NO_WINDOW = { message: 'notFor names a procedure type that also has a window: keep one of them', path: ['notFor'] };

/**
 * A declared overlap: some products of this row also belong to a wider row (AHA peels are chemical
 * exfoliators). For those products the later date of the two rows wins, and every place that shows either
 * row says so.
 */
export const restrictionOverlapSchema = strictObject({
  /** The id of the wider row (its file name), which lists this row under `includes`. */
  with: text,
  /** Which products of this row belong to the wider row, in plain words ("AHA peels, pads and exfoliating toners"). */
  which: text,
});

/**
 * Something to avoid or pause after the procedure. The file name is its id. Every procedure type needs a
 * window, or a place in `notFor` (the build checks both, and that no window outlasts its type's recovery).
 */
export const restrictionSchema = strictObject({
  /** What to avoid, as a patient would say it ("Swimming (pools, oceans, lakes)"). */
  label: text,
  /** Why, in one or two plain sentences. */
  reason: text,
  /** Which group it belongs to. */
  category: z.enum(RESTRICTION_CATEGORIES),
  /** For each procedure type, the first and last day to avoid it. */
  windows: procedureWindows,
  /** Procedure types this does not apply to, on purpose (every other type must be covered). */
  notFor,
  /** A caution or correction to show next to it (e.g. "a clinician may allow it sooner"). */
  note: text.optional(),
  /** Tips (their ids) that still apply once it ends, shown on the day it may start again (sun protection after the sun row). */
  afterwards: z.array(text).default([]),
  ...factFields,
  /** Ids of narrower rows this row's products include (chemical exfoliators include AHA and BHA). Each must declare the overlap when their days differ. */
  includes: z.array(text).default([]),
  /** Overlaps with wider rows, declared so every page can say which date wins. */
  overlaps: z.array(restrictionOverlapSchema).default([]),
})
  .refine(citesWhatItClaims, { message: CITES_WHAT_IT_CLAIMS_MESSAGE, path: ['sources'] })
  .refine(oneWindowPerProcedure, ONE_WINDOW_PER_PROCEDURE)
  .refine(notForHasNoWindow, NOT_FOR_HAS_NO_WINDOW);
export type RestrictionData = z.infer<typeof restrictionSchema>;
