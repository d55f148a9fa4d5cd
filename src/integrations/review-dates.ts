/**
 * Build gate for clinical review dates: warns when a guide page's review is due within 30 days, and fails
 * the build once it is overdue. ALLOW_OVERDUE_REVIEW=1 lets a preview build through (with a warning).
 * It runs before anything is rendered, so it reads the pages with the one shared frontmatter reader
 * (src/lib/frontmatter.ts: Windows line endings and a BOM included) and checks the dates with the same
 * rule as the guide schema: a bad date stops the build naming the file and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentError } from '../data/content-error';
import type { AstroIntegration } from 'astro';
import { reviewStatus } from '../lib/review';
import { todayIso, type IsoDate } from '../lib/days';
import { readFrontmatter } from '../lib/frontmatter';
import { calendarDate } from '../schemas/common';

/** The review fields of a guide page, checked like the guide schema checks them. */
const reviewDates = z.object({ lastReviewed: calendarDate('lastReviewed'), nextReview: calendarDate('nextReview') });

export type PageReview = { file: string; nextReview: IsoDate } | { file: string; problems: string[] };

/** The `nextReview` of every guide page, or what is wrong with its review dates. */
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
      if (result.success) return { file, nextReview: result.data.nextReview };
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
        for (const page of readReviews(options.guideDir)) {
          if ('problems' in page) {
            broken.push(...page.problems.map((p) => `${page.file}: ${p}`));
            continue;
          }
          const status = reviewStatus(page.nextReview, today);
          if (status.state === 'due-soon') {
            logger.warn(`${page.file}: nextReview ${page.nextReview} is in ${status.daysLeft} days. Plan the clinical review.`);
          } else if (status.state === 'overdue') {
            overdue.push(`${page.file}: nextReview ${page.nextReview} was ${status.daysOver} days ago.`);
          }
        }
        if (broken.length > 0) {
          throw contentError(`Guide pages with review dates that are not dates:\n  ${broken.join('\n  ')}`, 'Write each review date as year-month-day, like 2027-05-20.');
        }
        if (overdue.length === 0) return;
        const message = `Clinical review overdue:\n  ${overdue.join('\n  ')}\nHave a clinician review these pages and update lastReviewed and nextReview.`;
        if (allowOverdue) logger.warn(`${message}\n(ALLOW_OVERDUE_REVIEW=1: building anyway, for a preview only.)`);
        else throw contentError(message, 'For a preview build only, set ALLOW_OVERDUE_REVIEW=1.');
      },
    },
  };
}
