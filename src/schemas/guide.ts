import { z } from 'astro/zod';
import { checkedReference } from './references';
import { GUIDE_SECTIONS } from './vocabulary';
import { keywords, text } from './common';

/** Frontmatter of a guide page (MDX). The file name is its URL slug. */
export const guideSchema = z
  .object({
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
    /** The date a clinician last checked this page. */
    lastReviewed: z.coerce.date({ error: 'lastReviewed must be a date like 2026-11-01' }),
    /** Who checked it (role or name). */
    reviewedBy: text,
    /** When it must be checked again. */
    nextReview: z.coerce.date({ error: 'nextReview must be a date like 2027-05-01' }),
    /** Sources for the page. */
    sources: z.array(checkedReference('sources')).default([]),
    /** Procedure types the page is about; empty means all. */
    procedures: z.array(checkedReference('procedures')).default([]),
    /** Extra search words. */
    keywords,
  })
  .refine((g) => g.nextReview > g.lastReviewed, {
    message: 'nextReview must be later than lastReviewed',
    path: ['nextReview'],
  });
export type GuideData = z.infer<typeof guideSchema>;
