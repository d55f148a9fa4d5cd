/**
 * The recovery chart on the avoid page, the timeline and the handout: every bar's days are the content's
 * window (read from content/, never typed here), bars sit over the right days of the axis, the chart has a
 * text alternative and scrolls inside a focusable region on a phone, and axe is clean light and dark on a dated
 * timeline. (The avoid page and the handout, with their charts, are checked by axe at both widths in both themes
 * in every-page.spec.ts.)
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { procedures, restrictions } from './site-pages';

const content = { procedures: procedures(), restrictions: restrictions() };
const windows = content.restrictions.flatMap((r) => r.windows.map((w) => ({ id: r.id, ...w })));
const longest = (type?: string) => Math.max(...windows.filter((w) => !type || w.procedure === type).map((w) => w.lastDay));
const count = (type?: string) => new Set(windows.filter((w) => !type || w.procedure === type).map((w) => w.id)).size;

/** 20:00 UTC on 27 November: noon in Los Angeles (the project's browser zone). */
const NOW = new Date('2026-11-27T20:00:00Z');
const TODAY = '2026-11-27';

/** Axe on the open page at phone and desktop widths, in both color schemes. */
async function expectAxeEverywhere(page: Page, name: string) {
  test.setTimeout(120_000);
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page, `${name} ${width} ${colorScheme}`);
    }
  }
}

/** Checks each bar of a chart against the content, and that it covers exactly its days on the axis. */
async function expectBars(chart: Locator, types: string[]) {
  test.slow(); // one bounding box per bar: slow on a busy 2-core machine
  const expected = windows.filter((w) => types.includes(w.procedure));
  await expect(chart.locator('[data-restriction][data-procedure]')).toHaveCount(expected.length);
  const axis = await chart.locator('[data-chart-axis] [data-axis-day]').evaluateAll((ticks) =>
    Object.fromEntries(ticks.map((t) => {
      const box = t.getBoundingClientRect();
      return [t.getAttribute('data-axis-day'), { left: box.left, right: box.right }];
    })),
  );
  for (const w of expected) {
    const bar = chart.locator(`[data-restriction="${w.id}"][data-procedure="${w.procedure}"]`);
    await expect(bar, `${w.id} ${w.procedure}`).toHaveCount(1);
    await expect(bar).toHaveAttribute('data-first-day', String(w.firstDay));
    await expect(bar).toHaveAttribute('data-last-day', String(w.lastDay));
    // Drawn over exactly its days: from the left of its first day's column to the right of its last day's.
    const cells = bar.locator('.chart__day');
    await expect(cells).toHaveCount(w.lastDay - w.firstDay + 1);
    const first = (await cells.first().boundingBox())!;
    const last = (await cells.last().boundingBox())!;
    expect(Math.abs(first.x - axis[w.firstDay]!.left), `${w.id} starts on day ${w.firstDay}`).toBeLessThan(2);
    expect(Math.abs(last.x + last.width - axis[w.lastDay]!.right), `${w.id} ends on day ${w.lastDay}`).toBeLessThan(2);
  }
}

test.describe('the avoid page', () => {
  test('shows a chart of every window above the table, with a text alternative from the content', async ({ page }) => {
    await page.goto('/avoid/');
    const chart = page.locator('[data-chart]');
    await expectBars(chart, content.procedures.map((p) => p.id));
    const picture = chart.getByRole('img');
    await expect(picture).toHaveAccessibleName(`Chart: ${count()} things to avoid, the longest until day ${longest()}. The table below says the same in words.`);
    // The axis runs from day 0 to the last day of any window, plus the day after it.
    const days = await chart.locator('[data-chart-axis] [data-axis-day]').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-axis-day'))));
    expect(days[0]).toBe(Math.min(0, ...windows.map((w) => w.firstDay)));
    expect(days.at(-1)).toBe(longest() + 1);
    // Above the table, which stays the accessible equivalent.
    const table = page.getByRole('table', { name: /What to avoid/ });
    const order = await page.evaluate(() => {
      const c = document.querySelector('[data-chart]')!;
      const t = document.querySelector('[data-avoid-table]')!;
      return c.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await expect(table).toBeVisible();
  });

  test('at 320 px the chart scrolls sideways in a labelled region the keyboard can reach; the page does not', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/avoid/');
    const region = page.locator('[data-chart]').getByRole('region', { name: /scrolls sideways/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await region.focus();
    // The arrow key scrolls it (pressed again if a busy machine drops the key before the region takes it).
    await expect(async () => {
      await page.keyboard.press('ArrowRight');
      expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    }).toPass({ timeout: 10_000 });
  });
});

async function openTimeline(page: Page, query: string) {
  await page.clock.setFixedTime(NOW);
  await page.goto(`/timeline/${query}`);
  await expect(page.locator('.timeline[data-ready]')).toBeAttached();
}

const plusDays = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

test.describe('the timeline', () => {
  for (const { id: type } of content.procedures) {
    test(`draws the ${type} windows with dates and today's line`, async ({ page }) => {
      const procedureDate = plusDays(TODAY, -3);
      await openTimeline(page, `?date=${procedureDate}&type=${type}`);
      const chart = page.locator('.timeline [data-chart]');
      await expectBars(chart, [type]);
      await expect(chart).toHaveAttribute('data-procedure-date', procedureDate);
      await expect(chart.getByRole('img')).toHaveAccessibleName(new RegExp(`^Chart: ${count(type)} things? to avoid, the longest until .+ \\(day ${longest(type)}\\)\\.`));
      // Dates instead of day numbers: day 0 shows the procedure date's day of the month.
      await expect(chart.locator('[data-chart-axis] [data-axis-day="0"] .chart__num')).toHaveText(String(Number(procedureDate.slice(8))));
      const today = chart.locator('[data-chart-axis] [data-axis-day="3"]');
      await expect(today).toContainText('Today');
      await expect(chart.locator('.chart__day.is-today')).not.toHaveCount(0);
    });
  }

  test('is one tap away on a phone, and always shown on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openTimeline(page, `?date=${TODAY}&type=${content.procedures[0]!.id}`);
    const chart = page.locator('.timeline [data-chart]');
    await expect(chart).toBeHidden();
    await page.locator('.timeline__chart > summary').click();
    await expect(chart).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await expect(page.locator('.timeline[data-ready]')).toBeAttached();
    await expect(chart).toBeVisible();
    await expect(page.locator('.timeline__chart > summary')).toBeHidden();
  });

  test('follows the chosen type', async ({ page }) => {
    await openTimeline(page, `?date=${TODAY}&type=${content.procedures[0]!.id}`);
    const other = content.procedures.at(-1)!;
    await page.getByRole('radio', { name: other.name }).check();
    await expectBars(page.locator('.timeline [data-chart]'), [other.id]);
  });

  test('each day\'s avoid list names its restrictions (markup contract)', async ({ page }) => {
    await openTimeline(page, `?date=${plusDays(TODAY, -3)}&type=${content.procedures[0]!.id}`);
    const items = page.locator('[data-list="avoid"] li');
    expect(await items.count()).toBeGreaterThan(0);
    const ids = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-restriction')));
    expect(ids.every((id) => id && content.restrictions.some((r) => r.id === id))).toBe(true);
  });

  test('axe is clean with a dated plan at 375 and 1280 px, light and dark', async ({ page }) => {
    await openTimeline(page, `?date=${plusDays(TODAY, -3)}&type=${content.procedures.at(-1)!.id}`);
    await expectAxeEverywhere(page, '/timeline/');
  });
});

test.describe('the handout', () => {
  test('has a bar per window in its avoid table (a row\'s restrictions share one), and keeps only the chosen type once dated', async ({ page }) => {
    await page.goto('/handout/');
    await expectBars(page.locator('[data-handout-avoid]'), content.procedures.map((p) => p.id));
    const type = content.procedures.at(-1)!.id;
    await page.clock.setFixedTime(NOW);
    await page.goto(`/handout/?date=${TODAY}&type=${type}`);
    await expect(page.locator('[data-handout][data-personalized]')).toBeAttached();
    // Rows the type has keep their bars; the other type's lanes are hidden.
    const body = page.locator('[data-handout-avoid] tbody');
    const shown = body.locator('.chart__track:visible');
    expect(await shown.count()).toBeGreaterThan(0);
    for (const track of await shown.all()) await expect(track.locator(`[data-procedure="${type}"]`).first()).toBeAttached();
    await expect(body.locator(`.chart__track[hidden] [data-procedure="${type}"]`)).toHaveCount(0);
    for (const w of windows.filter((x) => x.procedure === type)) {
      await expect(body.locator(`.chart__track:visible [data-restriction="${w.id}"][data-procedure="${type}"]`)).toHaveCount(1);
    }
  });
});
