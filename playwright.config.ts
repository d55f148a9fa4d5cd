import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/browser';

/**
 * The e2e tests serve the built site: dist/ (or $E2E_DIST) at the root, and dist-subpath/ built for
 * /aftercare/. Run `npm run build && npm run build:subpath` first; `npm test` does. A missing build fails
 * the run (the server says which), never skips it.
 *
 * Specs are generic: they read what to expect from the content under test (CONTENT_DIR, default content/).
 * `e2e/article-*.spec.ts` pin what the shipped guidance says; ARTICLE_CHECKS=off leaves them out.
 */
const PORT = Number(process.env['E2E_PORT'] ?? 4322);
const SUBPATH_PORT = PORT + 100;
const DIST = process.env['E2E_DIST'] ?? 'dist';
const ARTICLE_CHECKS = process.env['ARTICLE_CHECKS'] !== 'off';

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env['CI'],
  // Tests share the workers test by test, not file by file (a file that needs order says so: offline-*.spec.ts).
  fullyParallel: true,
  retries: process.env['CI'] ? 1 : 0,
  // Twice the cores: many steps wait (page loads, the network going quiet), and others use the time.
  workers: 4,
  reporter: process.env['CI'] ? 'line' : 'list',
  timeout: 30_000,
  use: {
    launchOptions: launchOptions(),
    trace: 'off',
    // The service worker saves the whole site in the background after every first visit: only the offline
    // specs (offline*.spec.ts) let it run, so the other specs stay fast and see the pages as the server sends them.
    serviceWorkers: 'block',
  },
  projects: [
    // The sub-path's few short tests first: the workers then end on the long ones together, not on these.
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${SUBPATH_PORT}/aftercare/`, timezoneId: 'Europe/Berlin' },
    },
    {
      name: 'chromium',
      testIgnore: [/subpath\.spec\.ts/, ...(ARTICLE_CHECKS ? [] : [/article-[^/]*\.spec\.ts$/])],
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${PORT}`, timezoneId: 'America/Los_Angeles' },
    },
  ],
  webServer: [
    {
      command: `node e2e/serve.mjs ${DIST} ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 20_000,
    },
    {
      command: `node e2e/serve.mjs dist-subpath ${SUBPATH_PORT} /aftercare/`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/aftercare/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 20_000,
    },
  ],
});
