/**
 * Bad content fails the build with a message that names the file and the field. These pin the wording a
 * clinic sees, on small fixtures (a copy of content/ with one mistake each).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { contentFixture, removeFixtures, runAstro } from './helpers/fixture-build';

afterAll(removeFixtures);

describe('bad content fails the build, naming the file and the field', () => {
  it('a missing field', () => {
    const dir = contentFixture('restrictions/aha.yaml', (t) => t.replace(/^reason:.*\n/m, ''));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('restrictions → aha data does not match collection schema');
    expect(output).toMatch(/reason\W+Required|reason: Invalid input/);
    expect(output).toContain(`${dir}/restrictions/aha.yaml`);
  });

  it('an unknown procedure type', () => {
    const dir = contentFixture('restrictions/swimming.yaml', (t) => t.replace('procedure: rf', 'procedure: laser'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('windows.1.procedure: unknown procedure type "laser". Known: rf, traditional');
    expect(output).toContain(`${dir}/restrictions/swimming.yaml`);
  });

  it('a last day before the first day', () => {
    const dir = contentFixture('restrictions/makeup.yaml', (t) => t.replace('lastDay: 3', 'lastDay: -2'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('windows.0.lastDay: lastDay must be the same as or later than firstDay');
    expect(output).toContain(`${dir}/restrictions/makeup.yaml`);
  });

  it('a reference to a source that does not exist', () => {
    const dir = contentFixture('warning-signs/fever.yaml', (t) => t.replace(/sources:\n(\s+)- \S+/, 'sources:\n$1- made-up-study'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('sources.0: unknown source "made-up-study"');
    expect(output).toContain(`${dir}/warning-signs/fever.yaml`);
  });

  it('a guide page with a review date that is not a date', () => {
    const dir = contentFixture('guide/cleansing.mdx', (t) => t.replace(/^nextReview:/m, 'lastReviewed: last spring\nreviewedBy: "Dr. Rivera"\nnextReview:'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('guide → cleansing data does not match collection schema');
    expect(output).toContain('lastReviewed must be a date like 2026-11-01');
    expect(output).toContain(`${dir}/guide/cleansing.mdx`);
  });

  it('an unknown category lists the allowed ones', () => {
    const dir = contentFixture('restrictions/masks.yaml', (t) => t.replace(/^category: .*$/m, 'category: food'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/category: Invalid option: expected one of "sun"\|"water"\|"makeup"/);
  });

  it('a fact without an evidence level lists the allowed ones', () => {
    const dir = contentFixture('restrictions/masks.yaml', (t) => t.replace(/^evidence: .*\n/m, ''));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('evidence must be one of: peer-reviewed, professional-body, clinic-advice');
    expect(output).toContain(`${dir}/restrictions/masks.yaml`);
  });

  it('an overlap between a row and a row that includes it, with different days and no declaration', () => {
    const dir = contentFixture('restrictions/aha.yaml', (t) => t.replace(/^overlaps:\n(\s+.*\n)+/m, ''));
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/restrictions/chemical-exfoliators.yaml includes "aha" and their dates differ, but content/restrictions/aha.yaml does not say which date wins');
  });
});
