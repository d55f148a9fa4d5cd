/**
 * A timeline a phone can scan: quiet days merge into one line, phases that are over fold away once the plan
 * has a date, each shown day says what changes with "still avoiding" as one line, and the summary is where
 * the reader lands. Expectations come from content/ (any content); the height budget is measured on the
 * shipped guidance (article check).
 */
import { expect, test, type Page } from '@playwright/test';
import { avoidOn as avoidLabelsOn, plusDays, procedures, restrictions } from '../tests/helpers/content';

const content = { procedures: procedures(), restrictions: restrictions() };
/** 20:00 UTC on 27 November: noon in Los Angeles (the project's browser zone). */
const NOW = new Date('2026-11-27T20:00:00Z');
const TODAY = '2026-11-27';
/** The ids of what a type avoids on a day, from the content. */
const avoidOn = (type: string, day: number) =>
  content.restrictions.filter((r) => avoidLabelsOn(type, day, [r]).length > 0).map((r) => r.id);

async function open(page: Page, query: string) {
  await page.clock.setFixedTime(NOW);
  await page.goto(`/timeline/${query}`);
  await expect(page.locator('.timeline[data-ready]')).toBeAttached();
}

for (const { id: type } of content.procedures) {
  test(`${type}, dated 3 days ago: past phases fold, quiet days merge, today says what goes on`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await open(page, `?date=${plusDays(TODAY, -3)}&type=${type}`);
    // On a phone the reader lands on the summary: today's day, what to avoid, the next change.
    await expect(page.locator('[data-summary] h2')).toBeInViewport();
    // Phases that ended before today are folded; the others are open.
    const phases = await page.locator('[data-phase]').evaluateAll((els) =>
      els.map((el) => ({
        folded: el.querySelector(':scope > details.phase__over') !== null,
        open: el.querySelector(':scope > details.phase__over[open]') !== null,
        last: Math.max(...[...el.querySelectorAll('[data-day]')].map((d) => Number(d.getAttribute('data-last-day') ?? d.getAttribute('data-day')))),
      })),
    );
    expect(phases.length).toBeGreaterThan(1);
    for (const p of phases) {
      expect(p.folded, `phase ending on day ${p.last}`).toBe(p.last < 3);
      expect(p.open).toBe(false);
    }
    // Merged runs repeat the day before them, and say so.
    const runs = page.locator('[data-day][data-last-day]');
    expect(await runs.count()).toBeGreaterThan(0);
    for (const run of await runs.all()) {
      await expect(run).toContainText('no changes');
      const first = Number(await run.getAttribute('data-day'));
      const last = Number(await run.getAttribute('data-last-day'));
      for (let n = first; n <= last; n++) expect(avoidOn(type, n)).toEqual(avoidOn(type, first - 1));
    }
    // Today: "still avoiding" is one line that opens to the full list.
    const today = page.locator('[aria-current="date"]');
    await expect(today).toHaveAttribute('data-day', '3');
    const still = today.locator('details.day__still');
    if (avoidOn(type, 3).length > 0 && avoidOn(type, 2).length > 0) {
      await expect(still.locator('summary')).toContainText(`Still avoiding ${avoidOn(type, 3).length}`);
      await expect(still.locator('[data-list="avoid"]')).toBeHidden();
      await still.locator('summary').click();
      await expect(still.locator('[data-list="avoid"] li')).toHaveCount(avoidOn(type, 3).length);
      const ids = await still.locator('[data-list="avoid"] li').evaluateAll((els) => els.map((el) => el.getAttribute('data-restriction')));
      expect(ids).toEqual(avoidOn(type, 3));
    }
  });
}

test('on paper the plan is complete: every folded list and phase prints open', async ({ page }) => {
  await open(page, `?date=${plusDays(TODAY, -3)}&type=${content.procedures[0]!.id}`);
  const folded = page.locator('details.day__still [data-list="avoid"], details.phase__over .day-list');
  expect(await folded.count()).toBeGreaterThan(0);
  await expect(folded.first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  for (const list of await folded.all()) await expect(list).toBeVisible();
});

test('article: the dated RF plan at 375 px is at most half as tall as before (14,400 px)', async ({ page }) => {
  test.skip(process.env['ARTICLE_CHECKS'] === 'off', 'measured on the shipped guidance');
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, `?date=${plusDays(TODAY, -3)}&type=rf`);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`timeline height at 375 px, RF dated 3 days ago: ${height} px`);
  expect(height).toBeLessThanOrEqual(7_200);
});
