/** Review dates: pure rules, and the build gate on a fixture with an overdue page. */
import { afterAll, describe, expect, it } from 'vitest';
import { indentedList, isPlaceholder, REVIEW_WARNING_DAYS, reviewStatus, unreviewedMessage, WARNING_LIST_LIMIT } from '../src/lib/review';
import { contentFixture, removeFixtures, runAstro } from './helpers/fixture-build';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryFile, guidePages, plusDays } from './helpers/content';

/** A guide page's frontmatter without a clinical review (no lastReviewed, no reviewedBy). */
const unreviewed = (text: string) => text.replace(/^(lastReviewed|reviewedBy): .*\n/gm, '');
/** A guide page's frontmatter with this review. */
const reviewed = (text: string, date: string, by: string) =>
  unreviewed(text).replace(/^nextReview:/m, `lastReviewed: ${date}\nreviewedBy: "${by}"\nnextReview:`);

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

describe('honest review status', () => {
  it('knows a placeholder reviewer from a real one', () => {
    expect(isPlaceholder("Clinical content review (placeholder: the publishing clinic's clinician)")).toBe(true);
    expect(isPlaceholder('TBD')).toBe(true);
    expect(isPlaceholder('Dr. Ana Rivera, dermatologist')).toBe(false);
  });

  it('lists the pages no clinician has reviewed', () => {
    expect(unreviewedMessage([])).toBe('');
    expect(unreviewedMessage(['content/guide/a.mdx', 'content/guide/b.mdx'])).toBe(
      'Not yet reviewed by a clinician (no reviewedBy), 2 pages:\n  content/guide/a.mdx\n  content/guide/b.mdx',
    );
  });

  it('a warning names at most WARNING_LIST_LIMIT pages of a large library, then counts the rest', () => {
    const files = Array.from({ length: 1000 }, (_, i) => `content/guide/page-${i + 1}.mdx`);
    const warning = unreviewedMessage(files, WARNING_LIST_LIMIT);
    expect(warning.split('\n')).toHaveLength(1 + WARNING_LIST_LIMIT + 1);
    expect(warning).toContain(`1000 pages:\n  content/guide/page-1.mdx\n`);
    expect(warning).toContain(`content/guide/page-${WARNING_LIST_LIMIT}.mdx\n  ...and ${1000 - WARNING_LIST_LIMIT} more`);
    expect(warning).not.toContain(`page-${WARNING_LIST_LIMIT + 1}.mdx`);
    // Exactly at the limit, nothing is counted; the error (no limit) names every page.
    expect(indentedList(files.slice(0, WARNING_LIST_LIMIT), WARNING_LIST_LIMIT)).not.toContain('more');
    expect(unreviewedMessage(files).split('\n')).toHaveLength(1 + 1000);
  });

  it('REQUIRE_CLINICAL_REVIEW=1 fails the build on a page without a review, naming it, and not on a reviewed one', () => {
    const [done, notDone] = guidePages();
    const doneFile = entryFile('guide', done!.slug);
    const notDoneFile = entryFile('guide', notDone!.slug);
    const dir = contentFixture(doneFile, (t) => reviewed(t, '2026-11-20', 'Dr. Ana Rivera'));
    writeFileSync(join(dir, notDoneFile), unreviewed(readFileSync(join(dir, notDoneFile), 'utf8')));
    const { status, output } = runAstro('build', dir, { REQUIRE_CLINICAL_REVIEW: '1' });
    expect(status).not.toBe(0);
    expect(output).toContain('Not yet reviewed by a clinician (no reviewedBy)');
    expect(output).toContain(`${dir}/${notDoneFile}`);
    expect(output).not.toContain(`${dir}/${doneFile}`);
    expect(output).toContain('REQUIRE_CLINICAL_REVIEW=1');
  });

  it('a placeholder reviewer fails the build, naming the file and the field', () => {
    const file = entryFile('guide', guidePages()[0]!.slug);
    const dir = contentFixture(file, (t) => reviewed(t, '2026-11-20', 'Clinical review (placeholder)'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('reviewedBy looks like a placeholder');
    expect(output).toContain(`${dir}/${file}`);
  });
});

describe('the build gate (a planted overdue page)', () => {
  // One page of the content under test made overdue; another one's review falls due in 19 days.
  const [overdue, dueSoon] = guidePages();
  const overdueFile = entryFile('guide', overdue!.slug);
  const dueSoonFile = entryFile('guide', dueSoon!.slug);
  const dueSoonDate = String(dueSoon!.data['nextReview']);
  const dir = contentFixture(overdueFile, (t) =>
    reviewed(t, '2025-07-15', 'Dr. Ana Rivera').replace(/^nextReview: .*$/m, 'nextReview: 2026-01-15'),
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
