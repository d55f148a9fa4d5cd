import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/browser';

/**
 * The e2e tests serve the built site: dist/ (or $E2E_DIST) at the root, and dist-subpath/ built for
 * /aftercare/. Run `npm run build && npm run build:subpath` first; `npm test` does.
 */
const PORT = Number(process.env['E2E_PORT'] ?? 4322);
const SUBPATH_PORT = PORT + 100;
const DIST = process.env['E2E_DIST'] ?? 'dist';
/** The sub-path smoke pass runs when its build exists (always under `npm test`). */
const SUBPATH = existsSync('dist-subpath');

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  timeout: 30_000,
  use: {
    launchOptions: launchOptions(),
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /subpath\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${PORT}`, timezoneId: 'America/Los_Angeles' },
    },
    ...(SUBPATH ? [{
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${SUBPATH_PORT}/aftercare/`, timezoneId: 'Europe/Berlin' },
    }] : []),
  ],
  webServer: [
    {
      command: `node e2e/serve.mjs ${DIST} ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 20_000,
    },
    ...(SUBPATH ? [{
      command: `node e2e/serve.mjs dist-subpath ${SUBPATH_PORT} /aftercare/`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/aftercare/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 20_000,
    }] : []),
  ],
});
