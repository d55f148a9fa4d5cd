/**
 * Smoke pass over a build for a sub-path (BASE_PATH=/aftercare/ npm run build:subpath), as a clinic would
 * deploy it under its own site: links, styles, search, the timeline and the handout all stay inside /aftercare/.
 * Paths here are relative to the project's baseURL (…/aftercare/).
 */
import { expect, test } from '@playwright/test';

test('every link on the home page stays inside the sub-path and answers', async ({ page, request, baseURL }) => {
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The stylesheet applied: the header has its own background, not the browser default.
  const headerBackground = await page.locator('header').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(headerBackground).not.toBe('rgba(0, 0, 0, 0)');
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const internal = [...new Set(hrefs.filter((h) => h.startsWith(new URL(baseURL!).origin)).map((h) => h.split('#')[0]!))];
  expect(internal.length).toBeGreaterThan(10);
  for (const href of internal) {
    expect(new URL(href).pathname, href).toMatch(/^\/aftercare\//);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  expect(problems).toEqual([]);
});

test('search works under the sub-path', async ({ page }) => {
  await page.goto('search/?q=swim');
  await expect(page.getByRole('link', { name: /swim/i }).first()).toBeVisible();
  const firstResult = await page.locator('main').getByRole('link', { name: /swim/i }).first().getAttribute('href');
  expect(firstResult).toMatch(/^\/aftercare\//);
});

test('the timeline and the handout work under the sub-path', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('timeline/?date=2026-11-20&type=rf');
  await expect(page.locator('[data-day="4"]').first()).toHaveAttribute('data-date', '2026-11-24');
  await page.goto('handout/?date=2026-11-20&type=rf');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(failed).toEqual([]);
});
