/**
 * Bad content fails the build with a message that names the file and the field. These pin the wording a
 * clinic sees, on small fixtures (a copy of the content under test with one mistake each).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFixture, removeFixtures, runAstro } from './helpers/fixture-build';
import { CONTENT_DIR, entryFile, guidePages, procedures, readFolder, restrictions } from './helpers/content';

afterAll(removeFixtures);

/** The entries to plant mistakes in: the first of each kind in the content under test. */
const restriction = restrictions()[0]!;
const restrictionFile = entryFile('restrictions', restriction.id);
const guidePage = guidePages()[0]!;
const knownTypes = procedures().map((p) => p.id).sort().join(', ');
/** An entry that lists its sources one per line (`sources:\n  - id`). */
const withSources = ['warning-signs', 'restrictions', 'routine', 'preparation', 'procedures']
  .flatMap((folder) => readFolder(folder).map((e) => entryFile(folder, e.id)))
  .find((file) => /sources:\n\s+- \S+/.test(readFileSync(join(CONTENT_DIR, file), 'utf8')))!;
const entryName = (file: string) => file.replace(/\.\w+$/, '').replace('/', ' → ').replace('warning-signs', 'warningSigns');

describe('bad content fails the build, naming the file and the field', () => {
  it('a missing field', () => {
    const dir = contentFixture(restrictionFile, (t) => t.replace(/^reason:.*\n/m, ''));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`restrictions → ${restriction.id} data does not match collection schema`);
    expect(output).toMatch(/reason\W+Required|reason: Invalid input/);
    expect(output).toContain(`${dir}/${restrictionFile}`);
  });

  it('an unknown procedure type', () => {
    const dir = contentFixture(restrictionFile, (t) => t.replace(/procedure:\s*\S+/, 'procedure: laser'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`windows.0.procedure: unknown procedure type "laser". Known: ${knownTypes}`);
    expect(output).toContain(`${dir}/${restrictionFile}`);
  });

  it('a last day before the first day', () => {
    const firstWindow = restriction.windows[0]!;
    const dir = contentFixture(restrictionFile, (t) => t.replace(/lastDay:\s*-?\d+/, `lastDay: ${firstWindow.firstDay - 1}`));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('windows.0.lastDay: lastDay must be the same as or later than firstDay');
    expect(output).toContain(`${dir}/${restrictionFile}`);
  });

  it('a reference to a source that does not exist', () => {
    const dir = contentFixture(withSources, (t) => t.replace(/sources:\n(\s+)- \S+/, 'sources:\n$1- made-up-study'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${entryName(withSources)} data does not match collection schema`);
    expect(output).toContain('sources.0: unknown source "made-up-study"');
    expect(output).toContain(`${dir}/${withSources}`);
  });

  it('a guide page with a review date that is not a date', () => {
    const file = entryFile('guide', guidePage.slug);
    const dir = contentFixture(file, (t) => t.replace(/^lastReviewed: .*$/m, 'lastReviewed: last spring'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`guide → ${guidePage.slug} data does not match collection schema`);
    expect(output).toContain('lastReviewed must be a date like 2026-11-01');
    expect(output).toContain(`${dir}/${file}`);
  });

  it('an unknown category lists the allowed ones', () => {
    const dir = contentFixture(restrictionFile, (t) => t.replace(/^category: .*$/m, 'category: food'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/category: Invalid option: expected one of "sun"\|"water"\|"makeup"/);
  });
});

describe('strict content: nothing is dropped or guessed', () => {
  it('an unknown key names the file, the key and the closest known key', () => {
    const dir = contentFixture('restrictions/makeup.yaml', (t) => t.replace(/^note:/m, 'notes:'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('restrictions → makeup data does not match collection schema');
    expect(output).toContain('unknown key `notes`: did you mean `note`?');
    expect(output).toContain(`${dir}/restrictions/makeup.yaml`);
  });

  it('an unknown key inside a list item names its place', () => {
    const dir = contentFixture('restrictions/swimming.yaml', (t) => t.replace('lastDay:', 'lastday:'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('windows.0: unknown key `lastday`: did you mean `lastDay`?');
  });

  it('a key nothing is close to lists the known keys', () => {
    const dir = contentFixture('site/site.yaml', (t) => `${t}\ncolour: blue\n`);
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('unknown key `colour`. Known keys: siteName, tagline, siteUrl, clinic, disclaimer');
  });

  it('a review date written in words is an error, not a date in some time zone', () => {
    const dir = contentFixture('guide/cleansing.mdx', (t) => t.replace(/^lastReviewed: .*$/m, 'lastReviewed: "Nov 20, 2026"'));
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
    expect(output).toContain(`${file('guide/sun-protection.mdx')}: <Restrictions> (line 21): no restriction "tanning-bed": did you mean "tanning-beds"?`);
    expect(output).toContain('Fix these files in content/, then build again.');
    expect(output).not.toMatch(/Stack trace|at .*src\/(lib|data|components)\//);
  });
});

describe('guide pages follow the data', () => {
  it('a shorter window keeps its item on the page; a type that is left out on purpose is named', () => {
    const dir = contentFixture('restrictions/masks.yaml', (t) => t.replace(/lastDay: 14/g, 'lastDay: 10'));
    const makeup = join(dir, 'restrictions/makeup.yaml');
    writeFileSync(makeup, `${readFileSync(makeup, 'utf8').replace(/ {2}- procedure: traditional\n(?: {4}.*\n)+/, '')}notFor: [traditional]\n`);
    const { status, output } = runAstro('build', dir, { REVIEW_TODAY: '2026-11-27' });
    expect(status, output).toBe(0);
    const page = (slug: string) => readFileSync(join(dir, '.dist', slug, 'index.html'), 'utf8');
    expect(page('products-to-pause')).toMatch(/id="avoid-masks"[\s\S]*?Avoid through day 10\. Start again on day 11\./);
    expect(page('irritants-to-avoid')).toMatch(/id="avoid-makeup"[\s\S]*?RF: avoid through day 3\. Start again on day 4\./);
    expect(page('handout')).toMatch(/data-restriction="makeup"[\s\S]*?RF: Day 3/);
  });
});
