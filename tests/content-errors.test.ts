/**
 * Bad content fails the build with a message that names the file and the field. These pin the wording a
 * clinic sees, on small fixtures (a copy of the content under test with one mistake each).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFixture, removeFixtures, runAstro } from './helpers/fixture-build';
import { CONTENT_DIR, entryFile, guidePages, procedures, readFolder, restrictions } from './helpers/content';
import { RESTRICTION_CATEGORIES } from '../src/schemas/vocabulary';

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

describe('bad content fails the build, naming the file and the field', () => {
  it('a missing field', () => {
    const dir = contentFixture(restrictionFile, (t) => t.replace(/^reason:.*\n/m, ''));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/${restrictionFile} has a mistake to fix:\n  reason: is missing`);
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
    expect(output).toContain(`${dir}/${withSources} has a mistake to fix:\n  sources.0: unknown source "made-up-study"`);
  });

  it('a guide page with a review date that is not a date', () => {
    const file = entryFile('guide', guidePage.slug);
    const dir = contentFixture(file, (t) => t.replace(/^(lastReviewed|reviewedBy): .*\n/gm, '').replace(/^nextReview:/m, 'lastReviewed: last spring\nreviewedBy: "Dr. Rivera"\nnextReview:'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/${file} has a mistake to fix:\n  lastReviewed: lastReviewed must be a date like 2026-11-01`);
  });

  const mdxPage = guidePages().map((p) => entryFile('guide', p.slug)).find((file) => file.endsWith('.mdx'));
  it.skipIf(!mdxPage)('a guide page using a component that does not exist names the file, the line and the components', () => {
    const lines = readFileSync(join(CONTENT_DIR, mdxPage!), 'utf8').replace(/\r\n/g, '\n').split('\n').length;
    const dir = contentFixture(mdxPage!, (t) => `${t.replace(/\r\n/g, '\n')}\n<Tipz ids={["a"]} />\n`);
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/${mdxPage}: line ${lines + 1}: <Tipz> is not a guide component. Use one of: Restrictions, AvoidTable,`);
  });

  it('an unknown category lists the allowed ones', () => {
    const dir = contentFixture(restrictionFile, (t) => t.replace(/^category: .*$/m, 'category: food'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`category: must be one of ${RESTRICTION_CATEGORIES.join(', ')}, not "food"`);
  });

  it('a fact without an evidence level lists the allowed ones', () => {
    const dir = contentFixture(restrictionFile, (t) => t.replace(/^evidence: .*\n/m, ''));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('evidence must be one of: peer-reviewed, professional-body, clinic-advice');
    expect(output).toContain(`${dir}/${restrictionFile}`);
  });
});
