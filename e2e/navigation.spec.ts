/** Navigation that scales: section index pages, breadcrumbs, the sidebar's sections; all without JavaScript. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { guidePages } from './site-pages';
import { GUIDE_SECTIONS, GUIDE_SECTION_LABELS } from '../src/schemas/vocabulary';
import { bySlug, NAV_LIMITS } from '../src/lib/nav';

const pages = guidePages();
const sections = GUIDE_SECTIONS.map((id) => ({
  id,
  label: GUIDE_SECTION_LABELS[id],
  path: `/topics/${id}/`,
  pages: pages.filter((p) => p.section === id).sort((a, b) => a.order - b.order || bySlug(a.slug, b.slug)),
})).filter((s) => s.pages.length > 0);

test.describe('section index pages, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const section of sections) {
    test(`${section.path} lists the section's pages in order`, async ({ page }) => {
      const response = await page.goto(section.path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.label);
      const shown = section.pages.slice(0, NAV_LIMITS.indexPageSize);
      const cards = page.getByRole('main').getByRole('link').filter({ has: page.locator('strong') });
      await expect(cards.locator('strong')).toHaveText(shown.map((p) => p.title));
      await cards.first().click();
      await expect(page).toHaveURL(new RegExp(`${shown[0]!.path}$`));
    });
  }
});

test('section index pages are accessible and fit a 320 px screen', async ({ page }) => {
  test.slow(); // axe over several pages
  await page.setViewportSize({ width: 320, height: 640 });
  for (const section of sections) {
    await page.goto(section.path);
    await expectNoAxeViolations(page, `on ${section.path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${section.path}`).toBeLessThanOrEqual(0);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide page shows where it sits: breadcrumb to its section, and every section in the sidebar', async ({ page }) => {
    const section = sections.at(-1)!;
    const guidePage = section.pages[0]!;
    await page.goto(guidePage.path);
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link')).toHaveText(['Guide', section.label]);
    const sidebar = page.getByRole('navigation', { name: 'Guide topics' });
    for (const s of sections) await expect(sidebar.getByRole('link', { name: s.label, exact: true })).toHaveAttribute('href', s.path);
    await expect(sidebar.locator('[aria-current="page"]')).toHaveAttribute('href', guidePage.path);
    await breadcrumb.getByRole('link', { name: section.label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.label);
  });

  test('home and the search page list every section and its pages', async ({ page }) => {
    for (const path of ['/', '/search/']) {
      await page.goto(path);
      for (const s of sections) {
        await expect(page.getByRole('heading', { name: s.label, exact: true })).toBeVisible();
        for (const p of s.pages.slice(0, NAV_LIMITS.overviewPerSection)) {
          await expect(page.getByRole('main').getByRole('link', { name: p.title }).first()).toBeVisible();
        }
      }
    }
  });
});
