/** Review dates: pure rules, and the build gate on a fixture with an overdue page. */
import { afterAll, describe, expect, it } from 'vitest';
import { REVIEW_WARNING_DAYS, reviewStatus } from '../src/lib/review';
import { contentFixture, removeFixtures, runAstro } from './helpers/fixture-build';
import { entryFile, guidePages, plusDays } from './helpers/content';

afterAll(removeFixtures);

describe('reviewStatus', () => {
  it('is ok when the review is more than 30 days away', () => {
    expect(reviewStatus('2027-05-20', '2026-11-27')).toEqual({ state: 'ok' });
  });
  it('is due soon within 30 days, counting calendar days', () => {
    expect(reviewStatus('2026-12-27', '2026-11-27')).toEqual({ state: 'due-soon', daysLeft: REVIEW_WARNING_DAYS });
    expect(reviewStatus('2026-11-27', '2026-11-27')).toEqual({ state: 'due-soon', daysLeft: 0 });
  });
  it('is overdue the day after', () => {
    expect(reviewStatus('2026-11-26', '2026-11-27')).toEqual({ state: 'overdue', daysOver: 1 });
  });
});

describe('the build gate (a planted overdue page)', () => {
  // One page of the content under test made overdue; another one's review falls due in 19 days.
  const [overdue, dueSoon] = guidePages();
  const overdueFile = entryFile('guide', overdue!.slug);
  const dueSoonFile = entryFile('guide', dueSoon!.slug);
  const dueSoonDate = String(dueSoon!.data['nextReview']);
  const dir = contentFixture(overdueFile, (t) =>
    t.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2025-07-15').replace(/^nextReview: .*$/m, 'nextReview: 2026-01-15'),
  );

  it('fails the build, naming the page', () => {
    const { status, output } = runAstro('build', dir, { REVIEW_TODAY: '2026-11-27' });
    expect(status).not.toBe(0);
    expect(output).toContain('Clinical review overdue');
    expect(output).toContain(`${dir}/${overdueFile}: nextReview 2026-01-15 was 316 days ago.`);
  });

  it('warns instead with ALLOW_OVERDUE_REVIEW=1, and warns of reviews due within 30 days', () => {
    const { status, output } = runAstro('build', dir, { REVIEW_TODAY: plusDays(dueSoonDate, -19), ALLOW_OVERDUE_REVIEW: '1' });
    expect(output).toContain('ALLOW_OVERDUE_REVIEW=1: building anyway');
    expect(output).toContain(`${dueSoonFile}: nextReview ${dueSoonDate} is in 19 days`);
    expect(status).toBe(0);
  });
});
