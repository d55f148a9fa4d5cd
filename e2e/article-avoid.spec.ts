/**
 * The article suite, in the browser: the avoid page of the shipped guidance carries the article's 13 things
 * to avoid or pause, in the article's own words, with their windows. Left out with ARTICLE_CHECKS=off.
 */
import { expect, test } from '@playwright/test';
import { ARTICLE_RESTRICTIONS } from '../tests/helpers/article';

test('the avoid page lists the article\'s 13 things to avoid or pause, with their last days', async ({ page }) => {
  await page.goto('/avoid/');
  const table = page.getByRole('table', { name: /What to avoid/ });
  // The facts sheet: 4 things through day 3 only, 5 more through day 7 (a week), 4 paused through day 14.
  for (const [id, lastDay] of Object.entries(ARTICLE_RESTRICTIONS)) {
    const cells = table.locator(`tr[data-restriction="${id}"] td[data-procedure]`);
    await expect(cells, id).toHaveText([`through day ${lastDay}`, `through day ${lastDay}`]);
  }
  // The article's own words for each of them.
  for (const label of [/sun/i, /swimming/i, /tanning/i, /makeup/i, /brushes/i, /AHA/, /BHA/, /retinol/i, /vitamin C/i, /scrubs/i, /masks/i, /exfoliat/i, /heavy creams/i]) {
    await expect(table.getByRole('rowheader', { name: label }).first()).toBeVisible();
  }
});

test('the avoid page adds the 4 activities clinics advise against (Part 2), each marked as clinic advice with its range', async ({ page }) => {
  await page.goto('/avoid/');
  const table = page.getByRole('table', { name: /What to avoid/ });
  // Part 2 of the facts sheet: alcohol through day 2, hard exercise through day 3, heat through day 5,
  // hair removal through day 7.
  for (const [id, lastDay] of Object.entries({ alcohol: 2, exercise: 3, heat: 5, 'hair-removal': 7 })) {
    const cells = table.locator(`tr[data-restriction="${id}"] td[data-procedure]`);
    await expect(cells, id).toHaveText([`through day ${lastDay}`, `through day ${lastDay}`]);
  }
  await page.goto('/everyday-activities/');
  for (const id of ['alcohol', 'exercise', 'heat', 'hair-removal']) {
    await expect(page.locator(`#avoid-${id} [data-evidence="clinic-advice"]`), id).toContainText(/Many clinics advise .* Clinics say .*; this guide uses the longer end/);
  }
});
