/**
 * Content mistakes in the shipped guide stop the build with the file, the field and what to do: typos in keys,
 * dates that are not dates, pages saved on Windows, and rules across entries. Article suite: the fixtures
 * name the shipped content's files (makeup, retinoids, swimming...); the generic checks are in content-errors.
 */
import { stripVTControlCharacters } from 'node:util';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFixture, fixtureOutDir, removeFixtures, runAstro } from './helpers/fixture-build';

afterAll(removeFixtures);

describe('strict content: nothing is dropped or guessed', () => {
  it('an unknown key names the file, the key and the closest known key', () => {
    const dir = contentFixture('restrictions/makeup.yaml', (t) => t.replace(/^note:/m, 'notes:'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/restrictions/makeup.yaml has a mistake to fix:\n  notes: unknown key \`notes\`: did you mean \`note\`?`);
  });

  it('an unknown key inside a list item names its place', () => {
    const dir = contentFixture('restrictions/swimming.yaml', (t) => t.replace('lastDay:', 'lastday:'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    // The field is the key itself, in its place: windows.0.lastday.
    expect(stripVTControlCharacters(output)).toContain('windows.0.lastday: unknown key `lastday`: did you mean `lastDay`?');
  });

  it('a key nothing is close to lists the known keys', () => {
    const dir = contentFixture('site/site.yaml', (t) => `${t}\ncolour: blue\n`);
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('unknown key `colour`. Known keys: siteName, shortName, tagline, treatment, siteUrl, icon, themeColor, clinic, disclaimer');
    // A key at the top of the file is named as the field, never as an empty one ("****").
    expect(stripVTControlCharacters(output)).toContain('colour: unknown key `colour`.');
    expect(output).not.toContain('****');
  });

  it('a review date written in words is an error, not a date in some time zone', () => {
    const dir = contentFixture('guide/cleansing.mdx', (t) =>
      t.replace(/^nextReview:/m, 'lastReviewed: "Nov 20, 2026"\nreviewedBy: "Dr. Ana Rivera"\nnextReview:'),
    );
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('lastReviewed: lastReviewed must be a date like 2026-11-01 (year-month-day), not "Nov 20, 2026"');
    expect(output).toContain(`${dir}/guide/cleansing.mdx`);
  });

  it('a date that is not on the calendar is an error', () => {
    const dir = contentFixture('guide/cleansing.mdx', (t) => t.replace(/^nextReview: .*$/m, 'nextReview: 2027-02-30'));
    const { status, output } = runAstro('build', dir, { REVIEW_TODAY: '2026-11-27' });
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/guide/cleansing.mdx: nextReview: nextReview must be a date like 2026-11-01 (year-month-day), not "2027-02-30"`);
  });

  it('a next review date in words stops the build naming the file and the field, with no stack trace', () => {
    const dir = contentFixture('guide/cleansing.mdx', (t) => t.replace(/^nextReview: .*$/m, 'nextReview: "May 20, 2027"'));
    const { status, output } = runAstro('build', dir, { REVIEW_TODAY: '2026-11-27' });
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/guide/cleansing.mdx: nextReview: nextReview must be a date like 2026-11-01 (year-month-day), not "May 20, 2027"`);
    expect(output).not.toMatch(/at .*src\/(lib|integrations)\//);
  });

  it.each([
    ['Windows line endings', (t: string) => t.replace(/\n/g, '\r\n')],
    ['a byte-order mark', (t: string) => `\uFEFF${t}`],
  ])('a page saved with %s still has its overdue review caught', (_, save) => {
    const dir = contentFixture('guide/cleansing.mdx', (t) => save(t.replace(/^nextReview: .*$/m, 'nextReview: 2026-01-15')));
    const { status, output } = runAstro('build', dir, { REVIEW_TODAY: '2026-11-27' });
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/guide/cleansing.mdx: nextReview 2026-01-15 was 316 days ago.`);
  });
});

describe('rules across entries stop the build, naming the files', () => {
  it('a window longer than the recovery period, a type left out, an item on no page, an unknown id in a page', () => {
    const dir = contentFixture('restrictions/retinoids.yaml', (t) => t.replace(/lastDay: 7/, 'lastDay: 21'));
    const edit = (file: string, change: (t: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
    edit('restrictions/swimming.yaml', (t) => t.replace(/ {2}- procedure: traditional\n(?: {4}.*\n)+/, ''));
    cpSync(join(dir, 'restrictions/masks.yaml'), join(dir, 'restrictions/face-steaming.yaml'));
    edit('guide/sun-protection.mdx', (t) => t.replace('ids={["direct-sun", "tanning-beds"]}', 'ids={["direct-sun", "tanning-bed"]}'));
    const { status, output } = runAstro('build', dir, { REVIEW_TODAY: '2026-11-27' });
    expect(status).not.toBe(0);
    // Files are named as Astro names them: relative to the project (content/restrictions/... for the real site).
    const file = (name: string) => `${relative(process.cwd(), dir)}/${name}`;
    expect(output).toContain('[ContentError] The content has 4 problems to fix:');
    expect(output).toContain(
      `${file('restrictions/retinoids.yaml')}: windows.0.lastDay: day 21 is after the recovery period of "traditional", which ends on day 14 (recoveryThroughDay in ${file('procedures/traditional.yaml')}).`,
    );
    expect(output).toContain(
      `${file('restrictions/swimming.yaml')}: windows: no window for the procedure type "traditional" (${file('procedures/traditional.yaml')}). Add one, or, if it does not apply to "traditional" on purpose, add notFor: [traditional].`,
    );
    expect(output).toContain(`${file('restrictions/face-steaming.yaml')}: this restriction appears on no guide page.`);
    expect(output).toContain(`${file('guide/sun-protection.mdx')}: <Restrictions> (line 19): no restriction "tanning-bed": did you mean "tanning-beds"?`);
    expect(output).toContain(`Fix these files in ${dir}/, then build again.`);
    expect(output).not.toMatch(/Stack trace|at .*src\/(lib|data|components)\//);
  });
});

describe('overlapping rows must say which date wins', () => {
  it('an overlap between a row and a row that includes it, with different days and no declaration', () => {
    const dir = contentFixture('restrictions/aha.yaml', (t) => t.replace(/^overlaps:\n(\s+.*\n)+/m, ''));
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    // Files are named as Astro names them: relative to the project.
    const file = (name: string) => `${relative(process.cwd(), dir)}/${name}`;
    expect(output).toContain(`${file('restrictions/chemical-exfoliators.yaml')} includes "aha" and their dates differ, but ${file('restrictions/aha.yaml')} does not say which date wins`);
  });
});

describe('guide pages follow the data', () => {
  it('a shorter window keeps its item on the page; a type that is left out on purpose is named', () => {
    const dir = contentFixture('restrictions/masks.yaml', (t) => t.replace(/lastDay: 14/g, 'lastDay: 10'));
    const makeup = join(dir, 'restrictions/makeup.yaml');
    writeFileSync(makeup, `${readFileSync(makeup, 'utf8').replace(/ {2}- procedure: traditional\n(?: {4}.*\n)+/, '')}notFor: [traditional]\n`);
    const { status, output } = runAstro('build', dir, { REVIEW_TODAY: '2026-11-27' });
    expect(status, output).toBe(0);
    const page = (slug: string) => readFileSync(join(fixtureOutDir(dir), slug, 'index.html'), 'utf8');
    expect(page('products-to-pause')).toMatch(/id="avoid-masks"[\s\S]*?Avoid through day 10\. Start again on day 11\./);
    expect(page('irritants-to-avoid')).toMatch(/id="avoid-makeup"[\s\S]*?RF: avoid through day 3\. Start again on day 4\./);
    // The cell reads "RF: Day 3" (the day in its own unbreakable span).
    expect(page('handout')).toMatch(/data-restriction="makeup"[\s\S]*?RF: (?:<[^>]+>)*Day 3/);
  });
});
