/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

/**
 * Unit tests. `tests/*.test.ts` are generic: they read their expectations from the content under test
 * (CONTENT_DIR, default content/). `tests/article-*.test.ts` pin what the shipped guidance says; ARTICLE_CHECKS=off
 * leaves them out (for a clinic's own content or a test fixture).
 */
const articleChecks = process.env['ARTICLE_CHECKS'] !== 'off';

export default getViteConfig({
  test: {
    include: ['tests/*.test.ts'],
    exclude: articleChecks ? [] : ['tests/article-*.test.ts'],
    // Fixture builds (tests/content-errors, tests/review) take minutes on a busy 2-core machine.
    testTimeout: 180_000,
    // A worker per core, not one fewer: the slow files mostly wait for the Astro processes they start.
    maxWorkers: availableParallelism(),
  },
});
