import { z } from 'astro/zod';
import { checkedReference } from './references';
import { GUIDE_SECTIONS } from './vocabulary';
import { calendarDate, keywords, strictObject, text } from './common';

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
  /** The date a clinician last checked this page, `YYYY-MM-DD`. */
  lastReviewed: calendarDate('lastReviewed'),
  /** Who checked it (role or name). */
  reviewedBy: text,
  /** When it must be checked again, `YYYY-MM-DD`: the build warns 30 days before and fails once it has passed. */
  nextReview: calendarDate('nextReview'),
  /** Sources for the page. */
  sources: z.array(checkedReference('sources')).default([]),
  /** Procedure types the page is about; empty means all. */
  procedures: z.array(checkedReference('procedures')).default([]),
  /** Extra search words. */
  keywords,
}).refine((g) => g.nextReview > g.lastReviewed, {
  message: 'nextReview must be later than lastReviewed',
  path: ['nextReview'],
});
export type GuideData = z.infer<typeof guideSchema>;
