/** Browsing the guide: every page answers, navigation works without JavaScript, the avoid table is complete, axe is clean. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { guidePages, OTHER_PAGES, restrictions } from './site-pages';

const pages = [...OTHER_PAGES, ...guidePages()];

test.describe('every page', () => {
  for (const { path, title } of pages) {
    test(`${path} answers 200 and shows its heading`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('contentinfo')).toContainText('Not medical advice');
    });
  }

  test('an unknown address shows the 404 page with a way back', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the guide\'s start page' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the navigation reaches every guide page', async ({ page }) => {
    const expected = new Set(guidePages().map((p) => p.path));
    const seen = new Set<string>();
    const queue = ['/'];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      await page.goto(path);
      const hrefs = await page
        .getByRole('navigation')
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const href of hrefs) if (expected.has(href) && !seen.has(href)) queue.push(href);
    }
    expect([...expected].filter((p) => !seen.has(p))).toEqual([]);
  });

  test('the guide topics menu opens on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/cleansing/');
    const topics = page.getByRole('navigation', { name: 'Guide topics' });
    await expect(topics).toBeHidden();
    await page.getByText('Guide topics', { exact: true }).click();
    await expect(topics.getByRole('link', { name: 'When to get help' })).toBeVisible();
  });

  test('guide pages have a table of contents, sources, review date and previous/next links', async ({ page }) => {
    await page.goto('/irritants-to-avoid/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources', level: 2, exact: true })).toBeVisible();
    await expect(page.getByText(/Last reviewed \w+ \d+, \d{4}|Not yet reviewed by a clinician at your clinic/).last()).toBeVisible();
    const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
    await expect(pager.getByRole('link', { name: /Previous/ })).toBeVisible();
    await expect(pager.getByRole('link', { name: /Next/ })).toBeVisible();
  });
});

test.describe('the avoid page', () => {
  test('lists the 13 things the article says to avoid or pause and the 4 activities clinics advise against, with their last days', async ({ page }) => {
    await page.goto('/avoid/');
    const table = page.getByRole('table', { name: /What to avoid/ });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(17);
    // The facts sheet: alcohol through day 2; 4 things (and hard exercise) through day 3; heat through day 5;
    // 5 more (and hair removal) through day 7 (a week); 4 paused through day 14.
    const lastDays = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td[data-procedure]')].map((td) => td.textContent?.trim())),
    );
    const byDay = (day: number) => lastDays.filter((cells) => cells.every((c) => c === `through day ${day}`)).length;
    expect([byDay(2), byDay(3), byDay(5), byDay(7), byDay(14)]).toEqual([1, 5, 1, 6, 4]);
    for (const r of restrictions()) {
      const row = table.getByRole('row', { name: new RegExp(r.label.replace(/[()]/g, '\\$&')) });
      await expect(row).toHaveCount(1);
      for (const w of r.windows) {
        await expect(row.locator(`td[data-procedure="${w.procedure}"]`)).toHaveText(`through day ${w.lastDay}`);
      }
    }
    // The article's own words for a few of them.
    for (const label of [/sun/i, /swimming/i, /tanning/i, /makeup/i, /brushes/i, /AHA/, /BHA/, /retinol/i, /vitamin C/i, /scrubs/i, /masks/i, /exfoliat/i, /heavy creams/i]) {
      await expect(table.getByRole('rowheader', { name: label }).first()).toBeVisible();
    }
  });
});

test.describe('accessibility', () => {
  // One test per page, so each axe run has its own time limit and the runs share the workers.
  for (const { path } of pages) {
    test(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark`, async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expectNoAxeViolations(page, `on ${path} (${colorScheme})`);
      }
    });
  }

  test('works at 320 px wide without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const { path } of pages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
});
