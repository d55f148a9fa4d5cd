import { z } from 'astro/zod';
import { checkedReference } from './references';
import { GUIDE_SECTIONS } from './vocabulary';
import { calendarDate, keywords, optionalCalendarDate, strictObject, text } from './common';
import { isPlaceholder } from '../lib/review';

/** Frontmatter of a guide page (MDX). The file name is its URL slug. */
export const guideSchema = strictObject({
  /** Page title, shown as its heading. */
  title: text,
  /** One or two sentences under the title: what the page tells you. */
  description: text,
  /** Which part of the guide it belongs to. */
  section: z.enum(GUIDE_SECTIONS),
  /** Position in the navigation and previous/next links (lowest first). */
  order: z.number().int(),
  /** Title to use in navigation when shorter than the page title. */
  navLabel: text.optional(),
  /** The date a clinician at the publishing clinic last checked this page, `YYYY-MM-DD`; leave it out until one has. */
  lastReviewed: optionalCalendarDate('lastReviewed'),
  /** Who checked it (a clinician's name or role); leave it out until a clinician has reviewed the page. */
  reviewedBy: text
    .refine((who) => !isPlaceholder(who), {
      message: 'reviewedBy looks like a placeholder: leave reviewedBy and lastReviewed out until a clinician has reviewed the page',
    })
    .optional(),
  /** When it must be checked again, `YYYY-MM-DD`: the build warns 30 days before and fails once it has passed. */
  nextReview: calendarDate('nextReview'),
  /** Sources for the page. */
  sources: z.array(checkedReference('sources')).default([]),
  /** Procedure types the page is about; empty means all. */
  procedures: z.array(checkedReference('procedures')).default([]),
  /** Extra search words. */
  keywords,
})
  .refine((g) => (g.lastReviewed === undefined) === (g.reviewedBy === undefined), {
    message: 'lastReviewed and reviewedBy go together: give both once a clinician has reviewed the page, or neither',
    path: ['reviewedBy'],
  })
  .refine((g) => g.lastReviewed === undefined || g.nextReview > g.lastReviewed, {
    message: 'nextReview must be later than lastReviewed',
    path: ['nextReview'],
  });
export type GuideData = z.infer<typeof guideSchema>;
