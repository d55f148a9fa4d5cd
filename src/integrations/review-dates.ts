/**
 * Build gate for clinical review dates: warns when a guide page's review is due within 30 days, and fails
 * the build once it is overdue. ALLOW_OVERDUE_REVIEW=1 lets a preview build through (with a warning).
 * It also lists the pages no clinician has reviewed yet; REQUIRE_CLINICAL_REVIEW=1 fails the build on any.
 * It reads the guide pages' frontmatter directly, so it runs before anything is rendered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { AstroIntegration } from 'astro';
import { isPlaceholder, NOT_YET_REVIEWED, reviewStatus, unreviewedMessage } from '../lib/review';
import { todayIso } from '../lib/days';

/** The `nextReview` of every guide page, as `YYYY-MM-DD`, and who reviewed it (if anyone did). */
export function readNextReviews(guideDir: string): { file: string; nextReview: string | undefined; reviewedBy: string | undefined }[] {
  return readdirSync(guideDir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(guideDir, file), 'utf8');
      const frontmatter = (parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') ?? {}) as { nextReview?: unknown; reviewedBy?: unknown };
      const value = frontmatter.nextReview;
      const nextReview = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;
      const reviewedBy = typeof frontmatter.reviewedBy === 'string' && frontmatter.reviewedBy.trim() ? frontmatter.reviewedBy : undefined;
      return { file: join(guideDir, file), nextReview, reviewedBy };
    });
}

export default function reviewDates(options: { guideDir: string }): AstroIntegration {
  return {
    name: 'aftercare:review-dates',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const today = process.env['REVIEW_TODAY'] ?? todayIso();
        const allowOverdue = process.env['ALLOW_OVERDUE_REVIEW'] === '1';
        const overdue: string[] = [];
        const pages = readNextReviews(options.guideDir);
        // Honest review status: list the pages no clinician has reviewed; REQUIRE_CLINICAL_REVIEW=1 makes it an error.
        const unreviewed = unreviewedMessage(pages.filter((p) => !p.reviewedBy || isPlaceholder(p.reviewedBy)).map((p) => p.file));
        if (unreviewed && process.env['REQUIRE_CLINICAL_REVIEW'] === '1') {
          throw new Error(`${unreviewed}\nREQUIRE_CLINICAL_REVIEW=1: have a clinician review these pages, then add lastReviewed and reviewedBy.`);
        }
        if (unreviewed) logger.warn(`${unreviewed}\nThese pages say "${NOT_YET_REVIEWED}"`);
        for (const { file, nextReview } of pages) {
          if (!nextReview) continue; // The schema reports a missing or bad nextReview, naming the file.
          const status = reviewStatus(nextReview, today);
          if (status.state === 'due-soon') {
            logger.warn(`${file}: nextReview ${nextReview} is in ${status.daysLeft} days. Plan the clinical review.`);
          } else if (status.state === 'overdue') {
            overdue.push(`${file}: nextReview ${nextReview} was ${status.daysOver} days ago.`);
          }
        }
        if (overdue.length === 0) return;
        const message = `Clinical review overdue:\n  ${overdue.join('\n  ')}\nHave a clinician review these pages and update lastReviewed and nextReview.`;
        if (allowOverdue) logger.warn(`${message}\n(ALLOW_OVERDUE_REVIEW=1: building anyway, for a preview only.)`);
        else throw new Error(`${message}\nFor a preview build only, set ALLOW_OVERDUE_REVIEW=1.`);
      },
    },
  };
}
