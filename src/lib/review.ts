/**
 * Review dates of guide pages: a page is "due soon" within 30 days of its next review, and "overdue" after
 * it. Pure; the build gate in src/integrations/review-dates.ts uses it.
 */
import { calendarDaysBetween, type IsoDate } from './days';

/** Words that mark a reviewer's name as a stand-in, never a real clinical review. */
const PLACEHOLDER = /placeholder|\btodo\b|\btbd\b|lorem|example|\bxxx\b|to be confirmed/i;

/** True when a reviewer's name is a stand-in ("Clinical content review (placeholder ...)"). */
export function isPlaceholder(reviewedBy: string): boolean {
  return PLACEHOLDER.test(reviewedBy);
}

/** The plain words a page shows when no clinician at the publishing clinic has reviewed it. */
export const NOT_YET_REVIEWED = 'Not yet reviewed by a clinician at your clinic.';

/** How many files a build warning names before it counts the rest, so a large library's log stays readable. */
export const WARNING_LIST_LIMIT = 20;

/** Lines of a build message, indented: at most `limit` of them, then how many more there are. */
export function indentedList(lines: readonly string[], limit = Infinity): string {
  const shown = lines.slice(0, limit);
  const more = lines.length - shown.length;
  return `  ${shown.join('\n  ')}${more > 0 ? `\n  ...and ${more} more` : ''}`;
}

/**
 * The build's list of pages no clinician has reviewed yet (empty string when there are none): every one, or
 * at most `limit` for a warning.
 */
export function unreviewedMessage(files: readonly string[], limit = Infinity): string {
  if (files.length === 0) return '';
  return `Not yet reviewed by a clinician (no reviewedBy), ${files.length} page${files.length === 1 ? '' : 's'}:\n${indentedList(files, limit)}`;
}

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
