/**
 * Browsing the guide: an unknown address has a way back, navigation works without JavaScript, the avoid table
 * is complete.
 * Expectations come from the content under test (CONTENT_DIR); what the shipped guidance says is in
 * article-avoid.spec.ts. Accessibility, width and CSP checks of every built page are in every-page.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { guidePages, procedures, restrictions } from './site-pages';
import { literally } from '../tests/helpers/content';
import { GUIDE_SECTIONS, GUIDE_SECTION_LABELS, type GuideSection } from '../src/schemas/vocabulary';

/** Guide pages in navigation order: by section, then by `order` (as the content sets them). */
const navOrder = guidePages().sort(
  (a, b) =>
    GUIDE_SECTIONS.indexOf(a.section as GuideSection) - GUIDE_SECTIONS.indexOf(b.section as GuideSection) ||
    a.order - b.order ||
    (a.slug < b.slug ? -1 : 1),
);

// Each built page's status, heading and disclaimer are checked in every-page.spec.ts, in the same visit as axe.
test.describe('pages that are not there', () => {
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
    const [first, last] = [navOrder[0]!, navOrder.at(-1)!];
    await page.goto(first.path);
    const topics = page.getByRole('navigation', { name: 'Guide topics' });
    await expect(topics).toBeHidden();
    await page.getByText('Guide topics', { exact: true }).click();
    await expect(topics.getByRole('link', { name: GUIDE_SECTION_LABELS[last.section as GuideSection], exact: true })).toBeVisible();
  });

  test('guide pages have a table of contents, sources, review date and previous/next links in guide order', async ({ page }) => {
    for (const [i, guide] of navOrder.entries()) {
      await page.goto(guide.path);
      // The table of contents lists the page's headings when it has more than one.
      if ((guide.body.match(/^#{2,3} /gm) ?? []).length > 1) {
        await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first(), guide.path).toBeVisible();
      }
      const sources = (guide.data['sources'] as unknown[] | undefined) ?? [];
      const citations = page.getByRole('region', { name: 'Sources', exact: true });
      await expect(citations, guide.path).toHaveCount(sources.length > 0 ? 1 : 0);
      if (sources.length > 0) await expect(citations.getByRole('listitem'), guide.path).toHaveCount(sources.length);
      await expect(page.getByText(/Last reviewed \w+ \d+, \d{4}|Not yet reviewed by a clinician at your clinic/).last(), guide.path).toBeVisible();
      const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
      const previous = navOrder[i - 1];
      const next = navOrder[i + 1];
      if (previous) await expect(pager.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', previous.path);
      else await expect(pager.getByRole('link', { name: /Previous/ })).toHaveCount(0);
      if (next) await expect(pager.getByRole('link', { name: /Next/ })).toHaveAttribute('href', next.path);
      else await expect(pager.getByRole('link', { name: /Next/ })).toHaveCount(0);
    }
  });
});

test.describe('the avoid page', () => {
  test('lists every restriction of the content, with its last day for each procedure type', async ({ page }) => {
    await page.goto('/avoid/');
    const table = page.getByRole('table', { name: /What to avoid/ });
    const all = restrictions();
    await expect(table.locator('tbody tr')).toHaveCount(all.length);
    await expect(table.getByRole('rowheader')).toHaveText(all.map((r) => new RegExp(`^${literally(r.label).source}`)));
    const types = procedures();
    await expect(table.getByRole('columnheader')).toContainText(types.map((p) => p.name));
    for (const r of all) {
      const row = table.locator(`tr[data-restriction="${r.id}"]`);
      for (const p of types) {
        const w = r.windows.find((x) => x.procedure === p.id);
        await expect(row.locator(`td[data-procedure="${p.id}"]`), `${r.id}, ${p.id}`).toHaveText(w ? `${w.firstDay === 0 ? '' : `from ${w.firstDay < 0 ? `${-w.firstDay} day${w.firstDay === -1 ? '' : 's'} before` : `day ${w.firstDay}`} `}through day ${w.lastDay}` : 'Does not apply');
      }
    }
  });

  test('on a phone each row reads as a card, answer first, with nothing to scroll; it stays a table to a screen reader', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/avoid/');
    const table = page.getByRole('table', { name: /What to avoid/ });
    const region = page.getByRole('region', { name: /What to avoid/ });
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth), 'sideways scrolling').toBeLessThanOrEqual(0);
    const all = restrictions();
    const types = procedures();
    await expect(table.getByRole('rowheader')).toHaveCount(all.length);
    await expect(table.getByRole('columnheader')).toHaveCount(types.length + 2);
    const first = table.locator(`tr[data-restriction="${all[0]!.id}"]`);
    const name = (await first.getByRole('rowheader').boundingBox())!;
    const why = (await first.locator('td:not(.days)').boundingBox())!;
    for (const p of types) {
      const days = first.locator(`td[data-procedure="${p.id}"]`);
      // Each type's days are named on screen (the column header is hidden), under the name and above why.
      expect(await days.evaluate((el) => getComputedStyle(el, '::before').content)).toContain(p.name);
      const box = (await days.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(name.y + name.height - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(why.y + 1);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
  });

  test('on a wide screen it is a table: the days beside each name, why last', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/avoid/');
    const first = page.getByRole('table', { name: /What to avoid/ }).locator('tbody tr').first();
    const [name, days, why] = await Promise.all([first.getByRole('rowheader'), first.locator('td.days').first(), first.locator('td:not(.days)')].map(async (l) => (await l.boundingBox())!));
    expect(Math.abs(days!.y - name!.y)).toBeLessThan(2);
    expect(days!.x).toBeGreaterThan(name!.x);
    expect(why!.x).toBeGreaterThan(days!.x);
    expect(await first.locator('td.days').first().evaluate((el) => getComputedStyle(el, '::before').content)).toBe('none');
  });
});
