/**
 * Review dates of guide pages: a page is "due soon" within 30 days of its next review, and "overdue" after
 * it. Pure; the build gate in src/integrations/review-dates.ts uses it.
 */
import { calendarDaysBetween, type IsoDate } from './days';

/** How many days ahead a coming review is announced. */
export const REVIEW_WARNING_DAYS = 30;

export type ReviewStatus = { state: 'ok' } | { state: 'due-soon'; daysLeft: number } | { state: 'overdue'; daysOver: number };

/** The review state of a page on `today`. A review due today is due soon, not overdue. */
export function reviewStatus(nextReview: IsoDate, today: IsoDate): ReviewStatus {
  const daysLeft = calendarDaysBetween(today, nextReview);
  if (daysLeft < 0) return { state: 'overdue', daysOver: -daysLeft };
  if (daysLeft <= REVIEW_WARNING_DAYS) return { state: 'due-soon', daysLeft };
  return { state: 'ok' };
}
