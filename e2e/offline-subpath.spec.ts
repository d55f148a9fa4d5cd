/**
 * Offline under a sub-path (the build for /aftercare/): the worker's scope is the sub-path, it keeps nothing from
 * outside it, and the guide works offline there. Paths are relative to the project's baseURL (…/aftercare/).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { cachedUrls, waitForOfflineReady } from './offline';

test.use({ serviceWorkers: 'allow' });

const contentDir = resolve(import.meta.dirname, '..', process.env['CONTENT_DIR'] ?? 'content');
const procedure = readdirSync(join(contentDir, 'procedures')).filter((f) => f.endsWith('.yaml')).sort()[0]!.replace(/\.yaml$/, '');

test('the worker’s scope is the sub-path, and the guide works offline there', async ({ page, context, baseURL }) => {
  await page.goto('./');
  const scope = await waitForOfflineReady(page);
  expect(new URL(scope).pathname).toBe('/aftercare/');
  const urls = Object.values(await cachedUrls(page)).flat();
  expect(urls.length).toBeGreaterThan(20);
  expect(urls.filter((url) => !url.startsWith(baseURL!))).toEqual([]);

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(new URL(manifestHref!, baseURL).href)).json();
  expect(manifest).toMatchObject({ start_url: '/aftercare/', scope: '/aftercare/', id: '/aftercare/' });
  expect((manifest.icons as { src: string }[]).every((icon) => icon.src.startsWith('/aftercare/icons/'))).toBe(true);

  await context.setOffline(true);
  await page.goto(`timeline/?date=2026-11-20&type=${procedure}`);
  await expect(page.locator('[data-day="0"]').first()).toHaveAttribute('data-date', '2026-11-20');
  await page.goto('avoid/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/aftercare\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
