/**
 * A guide too large to keep whole up front (src/integrations/service-worker/precache.ts): a copy of the build
 * under test gets its service worker written again with a tiny offline budget (as PRECACHE_BUDGET_KB=1 would),
 * so the device keeps only the pages every reader needs and search's own files at first. A guide page read once, and a search run once, then work
 * offline; a page never read says it is not saved, in a working page.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { cachedUrls, serveBuild, waitForOfflineReady } from './offline';
import { searchFor } from './search-helpers';
import { writeServiceWorker } from '../src/integrations/service-worker/build';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, process.env['CONTENT_DIR'] ?? 'content');
const guidePaths = readdirSync(join(contentDir, 'guide'))
  .filter((f) => /\.mdx?$/.test(f))
  .sort()
  .map((f) => `/${f.replace(/\.mdx?$/, '')}/`);

let workDir = '';
let stop = () => {};
let origin = '';

test.beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'aftercare-large-'));
  const dist = join(workDir, 'dist');
  cpSync(resolve(root, process.env['E2E_DIST'] ?? 'dist'), dist, { recursive: true });
  const summary = await writeServiceWorker({ outDir: dist, contentDir, budget: 1024 });
  expect(summary.onFirstRead).toBeGreaterThan(0);
  ({ origin, stop } = await serveBuild(dist));
});

test.afterAll(() => {
  stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('a guide page read once, and a search run once, work offline; others say they are not saved', async ({ page, context }) => {
  const [readPage, unreadPage] = guidePaths;
  await page.goto(`${origin}/`);
  await waitForOfflineReady(page);
  // Up front: the home page, but no guide page.
  const precached = Object.entries(await cachedUrls(page)).filter(([name]) => name.includes('precache')).flatMap(([, urls]) => urls);
  expect(precached).toContain(`${origin}/index.html`);
  expect(precached.filter((url) => guidePaths.some((path) => url.startsWith(`${origin}${path}`)))).toEqual([]);

  // Online: read one guide page, and search once.
  await page.goto(`${origin}${readPage}`);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  const query = title!.split(/\s+/).find((word) => word.length > 4)!;
  await expect((await searchFor(page, query)).first()).toBeVisible();

  await context.setOffline(true);
  await page.goto(`${origin}${readPage}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect((await searchFor(page, query)).first()).toBeVisible();
  await expect(page.getByRole('search').getByText(/could not load/i)).toBeHidden();

  const response = await page.goto(`${origin}${unreadPage}`);
  expect(response?.status()).toBe(503);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not saved on this device/i);
  await page.getByRole('link', { name: /home page/i }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
