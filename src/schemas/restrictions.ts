import { z } from 'astro/zod';
import { checkedReference, notFor } from './references';
import { RESTRICTION_CATEGORIES } from './vocabulary';
import { dayNumber, keywords, strictObject, text } from './common';

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
  windows: z.array(restrictionWindowSchema).min(1, 'windows needs at least one procedure type'),
  /** Procedure types this does not apply to, on purpose (every other type must be covered). */
  notFor,
  /** A caution or correction to show next to it (e.g. "a clinician may allow it sooner"). */
  note: text.optional(),
  /** Order within the avoid table. */
  order: z.number().int().default(100),
  /** Sources for this restriction. */
  sources: z.array(checkedReference('sources')).min(1, 'sources needs at least one source'),
  /** Extra search words ("pool", "gym", "retinoids"). */
  keywords,
})
  .refine((r) => new Set(r.windows.map((w) => w.procedure.id)).size === r.windows.length, {
    message: 'windows lists the same procedure type twice',
    path: ['windows'],
  })
  .refine((r) => !r.notFor.some((n) => r.windows.some((w) => w.procedure.id === n.id)), {
    message: 'notFor names a procedure type that also has a window: keep one of them',
    path: ['notFor'],
  });
export type RestrictionData = z.infer<typeof restrictionSchema>;
