/**
 * Build gate for clinical review dates: warns when a guide page's review is due within 30 days, and fails
 * the build once it is overdue. ALLOW_OVERDUE_REVIEW=1 lets a preview build through (with a warning).
 * It reads the guide pages' frontmatter directly, so it runs before anything is rendered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { AstroIntegration } from 'astro';
import { reviewStatus } from '../lib/review';
import { todayIso } from '../lib/days';

/** The `nextReview` of every guide page, as `YYYY-MM-DD`. */
export function readNextReviews(guideDir: string): { file: string; nextReview: string | undefined }[] {
  return readdirSync(guideDir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(guideDir, file), 'utf8');
      const frontmatter = (parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') ?? {}) as { nextReview?: unknown };
      const value = frontmatter.nextReview;
      const nextReview = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;
      return { file: join(guideDir, file), nextReview };
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
        for (const { file, nextReview } of readNextReviews(options.guideDir)) {
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
