/**
 * A new deployment reaches readers who have the guide saved: the build under test is served, visited and saved;
 * then a second build of the same content with one changed sentence is served on the same origin. The next
 * visit fetches it in the background and offers "Reload"; after reloading, the new sentence shows (online and
 * offline) and the saved copy holds only the new build's files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { cachedUrls, serveBuild, waitForOfflineReady } from './offline';
import { keptFor } from '../src/integrations/service-worker/languages';
import { fixtureOutDir } from '../tests/helpers/fixture-build';

test.use({ serviceWorkers: 'allow' });

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, process.env['CONTENT_DIR'] ?? 'content');
const firstBuild = resolve(root, process.env['E2E_DIST'] ?? 'dist');
/** The sentence the second build adds to a guide page. */
const NEW_SENTENCE = 'This sentence arrived with the newer version of the guide.';

let workDir = '';
let secondBuild = '';
let served = firstBuild;
let stop = () => {};
let origin = '';
/** The guide page that changes, e.g. /cleansing/. */
let changedPage = '';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  // The same content with one more sentence on the first guide page, built like `npm run build` does.
  workDir = mkdtempSync(join(tmpdir(), 'aftercare-update-'));
  const content = join(workDir, 'content');
  cpSync(contentDir, content, { recursive: true });
  const guideFile = readdirSync(join(content, 'guide')).filter((f) => /\.mdx?$/.test(f)).sort()[0]!;
  changedPage = `/${guideFile.replace(/\.mdx?$/, '')}/`;
  writeFileSync(join(content, 'guide', guideFile), `${readFileSync(join(content, 'guide', guideFile), 'utf8')}\n\n${NEW_SENTENCE}\n`);
  // Inside the project, so it can build while another test's fixture builds (see fixtureOutDir).
  secondBuild = fixtureOutDir(workDir);
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: secondBuild, ASTRO_CACHE_DIR: join(workDir, 'cache'), BASE_PATH: '/' },
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);

  ({ origin, stop } = await serveBuild(() => served));
});

test.afterAll(() => {
  stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  if (secondBuild) rmSync(secondBuild, { recursive: true, force: true });
});

/** The precache list in a build's sw.js: URL (relative to the site) and revision. */
function precacheList(dist: string): { url: string; revision: string | null }[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return JSON.parse(/\[\{"revision":[\s\S]*?\}\]/.exec(sw)![0]);
}

test('after a deploy the next visit offers the newer version, and Reload shows it', async ({ page, context }) => {
  // The message's script loads under the strict CSP, without errors.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  served = firstBuild;
  await page.goto(`${origin}${changedPage}`);
  await waitForOfflineReady(page);
  await expect(page.getByRole('main')).not.toContainText(NEW_SENTENCE);

  // Deploy the second build; the reader comes back to the page.
  served = secondBuild;
  await page.goto(`${origin}${changedPage}`);
  const notice = page.getByRole('status').filter({ hasText: 'A newer version of this guide is ready.' });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  // Until the reader chooses, the page stays the version they opened: no mix of old and new.
  await expect(page.getByRole('main')).not.toContainText(NEW_SENTENCE);
  await expectNoAxeViolations(page, 'with the update message');

  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('main')).toContainText(NEW_SENTENCE);
  await expect(notice).toBeHidden();

  // The saved copy is the new build's, complete and alone: the old build's files are gone.
  const expected = precacheList(secondBuild).filter(({ url }) => keptFor(url, 'en')).map(({ url, revision }) => {
    const full = new URL(url, `${origin}/`);
    return revision ? `${full.href}?__WB_REVISION__=${revision}` : full.href;
  });
  const kept = await page.evaluate(async () => {
    const keys: string[] = [];
    for (const name of await caches.keys()) keys.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return keys;
  });
  expect(kept.sort()).toEqual(expected.sort());
  expect(Object.keys(await cachedUrls(page))).toHaveLength(1);

  // And it is what shows offline.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('main')).toContainText(NEW_SENTENCE);
  expect(problems).toEqual([]);
});

test('“Not now” hides the message and keeps the page as it is', async ({ page }) => {
  served = firstBuild;
  await page.goto(`${origin}/`);
  await waitForOfflineReady(page);
  served = secondBuild;
  await page.goto(`${origin}${changedPage}`);
  const notice = page.getByRole('status').filter({ hasText: 'A newer version of this guide is ready.' });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await notice.getByRole('button', { name: 'Not now' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('main')).not.toContainText(NEW_SENTENCE);
});
