/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

/**
 * Unit tests. `tests/*.test.ts` are generic: they read their expectations from the content under test
 * (CONTENT_DIR, default content/). `tests/article-*.test.ts` pin what the shipped guidance says; ARTICLE_CHECKS=off
 * leaves them out (for a clinic's own content or a test fixture).
 */
const articleChecks = process.env['ARTICLE_CHECKS'] !== 'off';

/**
 * The date logic's tests run again once per time zone, in the same run: far from UTC on both sides, a
 * half-hour offset, and a zone whose daylight saving starts at midnight. Node follows TZ as the test sets it.
 */
const ZONES = ['America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata', 'America/Santiago', 'UTC'];
const DATE_TESTS = ['tests/days.test.ts', 'tests/plan.test.ts', 'tests/calendar.test.ts', 'tests/handout.test.ts'];

export default getViteConfig({
  test: {
    // Fixture builds (the content-errors, review and site-config tests) take 5-10 s each, more on a busy machine.
    testTimeout: 180_000,
    // A worker per core, not one fewer: the slow files mostly wait for the Astro processes they start.
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/*.test.ts'], exclude: articleChecks ? [] : ['tests/article-*.test.ts'] } },
      ...ZONES.map((zone) => ({ extends: true as const, test: { name: `TZ=${zone}`, include: DATE_TESTS, env: { TZ: zone } } })),
    ],
  },
});
