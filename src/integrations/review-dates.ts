/**
 * Build gate for clinical review dates: warns when a guide page's review is due within 30 days, and fails
 * the build once it is overdue. ALLOW_OVERDUE_REVIEW=1 lets a preview build through (with a warning).
 * It runs before anything is rendered, so it reads the pages with the one shared frontmatter reader
 * (src/lib/frontmatter.ts: Windows line endings and a BOM included) and checks the dates with the same
 * rule as the guide schema: a bad date stops the build naming the file and the field.
 * It also lists the pages no clinician has reviewed yet; REQUIRE_CLINICAL_REVIEW=1 fails the build on any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentError } from '../data/content-error';
import type { AstroIntegration } from 'astro';
import { indentedList, isPlaceholder, NOT_YET_REVIEWED, REVIEW_WARNING_DAYS, reviewStatus, unreviewedMessage, WARNING_LIST_LIMIT } from '../lib/review';
import { todayIso, type IsoDate } from '../lib/days';
import { readFrontmatter } from '../lib/frontmatter';
import { calendarDate, optionalCalendarDate } from '../schemas/common';

/** The review fields of a guide page, checked like the guide schema checks them. */
const reviewDates = z.object({
  lastReviewed: optionalCalendarDate('lastReviewed'),
  nextReview: calendarDate('nextReview'),
  reviewedBy: z.unknown().optional(),
});

export type PageReview = { file: string; nextReview: IsoDate; reviewedBy: string | undefined } | { file: string; problems: string[] };

/** The `nextReview` of every guide page and who reviewed it (if anyone did), or what is wrong with its review dates. */
export function readReviews(guideDir: string): PageReview[] {
  return readdirSync(guideDir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((name): PageReview => {
      const file = join(guideDir, name);
      let data: Record<string, unknown>;
      try {
        data = readFrontmatter(readFileSync(file, 'utf8')).data;
      } catch (error) {
        return { file, problems: [`frontmatter: ${(error as Error).message.split('\n')[0]}`] };
      }
      const result = reviewDates.safeParse(data);
      if (result.success) {
        const who = result.data.reviewedBy;
        return { file, nextReview: result.data.nextReview, reviewedBy: typeof who === 'string' && who.trim() ? who : undefined };
      }
      return { file, problems: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
    });
}

export default function reviewDatesGate(options: { guideDir: string }): AstroIntegration {
  return {
    name: 'aftercare:review-dates',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const today = process.env['REVIEW_TODAY'] ?? todayIso();
        const allowOverdue = process.env['ALLOW_OVERDUE_REVIEW'] === '1';
        const overdue: string[] = [];
        const broken: string[] = [];
        const pages = readReviews(options.guideDir);
        // Honest review status: list the pages no clinician has reviewed; REQUIRE_CLINICAL_REVIEW=1 makes it an error.
        const unreviewedFiles = pages.filter((p) => !('problems' in p) && (!p.reviewedBy || isPlaceholder(p.reviewedBy))).map((p) => p.file);
        if (unreviewedFiles.length > 0 && process.env['REQUIRE_CLINICAL_REVIEW'] === '1') {
          throw contentError(unreviewedMessage(unreviewedFiles), 'REQUIRE_CLINICAL_REVIEW=1: have a clinician review these pages, then add lastReviewed and reviewedBy.');
        }
        // Warnings name at most WARNING_LIST_LIMIT pages: a large library's list would bury every other warning.
        if (unreviewedFiles.length > 0) logger.warn(`${unreviewedMessage(unreviewedFiles, WARNING_LIST_LIMIT)}\nThese pages say "${NOT_YET_REVIEWED}"`);
        const dueSoon: { daysLeft: number; line: string }[] = [];
        for (const page of pages) {
          if ('problems' in page) {
            broken.push(...page.problems.map((p) => `${page.file}: ${p}`));
            continue;
          }
          const status = reviewStatus(page.nextReview, today);
          if (status.state === 'due-soon') {
            dueSoon.push({ daysLeft: status.daysLeft, line: `${page.file}: nextReview ${page.nextReview} is in ${status.daysLeft} days.` });
          } else if (status.state === 'overdue') {
            overdue.push(`${page.file}: nextReview ${page.nextReview} was ${status.daysOver} days ago.`);
          }
        }
        if (dueSoon.length > 0) {
          const soonestFirst = dueSoon.sort((a, b) => a.daysLeft - b.daysLeft).map((d) => d.line);
          logger.warn(`Clinical review due within ${REVIEW_WARNING_DAYS} days:\n${indentedList(soonestFirst, WARNING_LIST_LIMIT)}\nPlan the clinical review.`);
        }
        if (broken.length > 0) {
          throw contentError(`Guide pages with review dates that are not dates:\n${indentedList(broken)}`, 'Write each review date as year-month-day, like 2027-05-20.');
        }
        if (overdue.length === 0) return;
        const message = `Clinical review overdue:\n${indentedList(overdue)}\nHave a clinician review these pages and update lastReviewed and nextReview.`;
        if (allowOverdue) logger.warn(`${message}\n(ALLOW_OVERDUE_REVIEW=1: building anyway, for a preview only.)`);
        else throw contentError(message, 'For a preview build only, set ALLOW_OVERDUE_REVIEW=1.');
      },
    },
  };
}
