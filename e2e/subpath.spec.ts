/**
 * Smoke pass over a build for a sub-path (BASE_PATH=/aftercare/ npm run build:subpath), as a clinic would
 * deploy it under its own site: links, styles, search, the timeline and the handout all stay inside /aftercare/,
 * and the dates are right (this project runs in Europe/Berlin). Paths here are relative to the project's
 * baseURL (…/aftercare/); expectations come from the content under test (CONTENT_DIR).
 */
import { expect, test } from '@playwright/test';
import { guidePages, plusDays, procedures, restrictions, windowOf } from '../tests/helpers/content';

const type = procedures().at(-1)!;
const restriction = restrictions()[0]!;
const searchWord = restriction.label.split(/[^\p{L}\p{N}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');

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
  // The home page links every guide page.
  for (const p of guidePages()) expect(internal).toContain(new URL(`.${p.path}`, baseURL).href);
  for (const href of internal) {
    expect(new URL(href).pathname, href).toMatch(/^\/aftercare\//);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  expect(problems).toEqual([]);
});

test('search works under the sub-path', async ({ page }) => {
  await page.goto(`search/?${new URLSearchParams({ q: searchWord })}`);
  const result = page.locator('main').getByRole('search').getByRole('list').getByRole('link').first();
  await expect(result).toBeVisible();
  expect(await result.getAttribute('href')).toMatch(/^\/aftercare\//);
});

test('the timeline and the handout work under the sub-path, with the right dates', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const date = '2026-11-20';
  await page.goto(`timeline/?date=${date}&type=${type.id}`);
  // Each day is shown on its own or in a merged run of quiet days (data-day is then the run's first day).
  await expect(page.locator('.timeline[data-ready]')).toBeAttached();
  const entries = await page.locator('.timeline [data-day]').evaluateAll((els) =>
    els.map((el) => ({ first: Number(el.getAttribute('data-day')), last: Number(el.getAttribute('data-last-day') ?? el.getAttribute('data-day')), date: el.getAttribute('data-date') })),
  );
  for (const day of [-1, 0, 4, type.recoveryThroughDay + 1]) {
    const entry = entries.find((e) => e.first <= day && day <= e.last);
    expect(entry?.date, `day ${day}`).toBe(plusDays(date, entry?.first ?? day));
  }
  await expect(page.getByRole('link', { name: 'Print my handout' })).toHaveAttribute('href', `/aftercare/handout/?date=${date}&type=${type.id}`);

  await page.goto(`handout/?date=${date}&type=${type.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-handout]')).toHaveAttribute('data-personalized', type.id);
  const shortDate = (iso: string) =>
    new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' }).format(new Date(`${iso}T12:00:00Z`));
  for (const r of restrictions()) {
    const w = windowOf(r, type.id);
    if (!w) continue;
    // The row that lists it (a row lists everything that shares the same days).
    const row = page.locator('[data-handout-avoid]').getByRole('row').filter({ has: page.getByRole('listitem').getByText(r.label, { exact: true }) });
    // A window that does not start on the procedure day says its first date too.
    const through = w.firstDay === 0 ? shortDate(plusDays(date, w.lastDay)) : `From ${shortDate(plusDays(date, w.firstDay))} through ${shortDate(plusDays(date, w.lastDay))}`;
    await expect(row.getByRole('cell'), r.id).toHaveText([through, shortDate(plusDays(date, w.lastDay + 1))]);
  }
  expect(failed).toEqual([]);
});
