/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

/** Checks over the built site (run after `npm run build`): links, anchors, HTML validity. */
export default defineConfig({
  test: {
    include: ['tests/dist/*.test.ts'],
    testTimeout: 120_000,
  },
});
