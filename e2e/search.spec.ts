/**
 * Search as a patient uses it: their own words find the right advice first, the keyboard alone is enough,
 * the open results pass axe, nothing loads before search is wanted, and no request leaves the site.
 * Needs a full build (`npm run build`): Pagefind's index exists only after it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';

/** Records every request the page makes, to check none leaves the site. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

function expectSameOrigin(urls: string[], baseURL: string | undefined) {
  const origin = new URL(baseURL!).origin;
  expect(urls.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([]);
}

/** Types a query into the header search and waits for its results (not those of a shorter prefix). */
async function searchFor(page: Page, query: string) {
  const field = page.getByRole('searchbox', { name: 'Search the guide' });
  await field.fill(query);
  await expect(page.getByRole('status')).toContainText(`for “${query}”`);
  return page.getByRole('search').getByRole('list').getByRole('link');
}

/** Every advice item: its anchor prefix and the name it is shown under. */
function items(): { anchors: string[]; name: string }[] {
  const folders = [
    { folder: 'restrictions', prefixes: ['avoid-', 'row-'], field: 'label' },
    { folder: 'routine', prefixes: ['routine-'], field: 'label' },
    { folder: 'warning-signs', prefixes: ['sign-'], field: 'sign' },
    { folder: 'preparation', prefixes: ['prepare-'], field: 'label' },
  ];
  const content = join(import.meta.dirname, '../content');
  return folders.flatMap(({ folder, prefixes, field }) =>
    readdirSync(join(content, folder))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const id = f.replace(/\.yaml$/, '');
        const data = parse(readFileSync(join(content, folder, f), 'utf8')) as Record<string, string>;
        return { anchors: prefixes.map((p) => `#${p}${id}`), name: data[field]! };
      }),
  );
}

test('every restriction, routine step, warning sign and preparation step is a result of its own, found by its name', async ({ page }) => {
  await page.goto('/overview/');
  for (const { anchors, name } of items()) {
    const results = await searchFor(page, name);
    const hashes = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect.soft(hashes.some((hash) => anchors.includes(hash)), `“${name}”: results ${hashes.join(' ')}`).toBe(true);
  }
});

test('a keyboard-only search: / to search, arrows to choose, Esc to close, Enter to open', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await page.goto('/overview/');
  const field = page.getByRole('searchbox', { name: 'Search the guide' });
  await page.keyboard.press('/');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  await page.keyboard.type('when can I swim');
  await expect(page.getByRole('status')).toContainText('for “when can I swim”');
  const results = page.getByRole('search').getByRole('list').getByRole('link');
  await expect(results.first()).toContainText('Swimming');
  await expect(results.first()).toContainText('Avoid through day 3');

  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(results.first()).toBeHidden();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('when can I swim');

  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/irritants-to-avoid\/\?pagefind-highlight=swim#avoid-swimming$/);
  const item = page.locator('#avoid-swimming');
  await expect(item).toBeInViewport();
  await expect(item.locator('mark.pagefind-highlight').first()).toHaveText(/swim/i);
  expectSameOrigin(requests, baseURL);
});

test('Enter in the header field opens the search page with all results', async ({ page }) => {
  await page.goto('/avoid/');
  const field = page.getByRole('searchbox', { name: 'Search the guide' });
  await field.fill('sunscreen');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=sunscreen$/);
  await expect(page.getByRole('status')).toContainText('for “sunscreen”');
  await expect(page.getByText('Search needs JavaScript')).toHaveCount(0);
  await expect(page.getByRole('search').getByRole('list').getByRole('link').first()).toHaveAttribute('href', /\/sun-protection\/\?pagefind-highlight=sunscreen#routine-sunscreen$/);
});

test('a content page loads no search code until search is wanted', async ({ page }) => {
  const requests = watchRequests(page);
  await page.goto('/sun-protection/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /pagefind|search-ui/.test(url))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search the guide' }).focus();
  await expect.poll(() => requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('axe is clean with results open, on a phone and a desktop', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/daily-routine/');
    const results = await searchFor(page, 'sun');
    await expect(results.first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expectNoAxeViolations(page, `header results open at ${width} px`);
  }
  await page.goto('/search/?q=pool');
  await expect(page.getByRole('status')).toContainText('for “pool”');
  await expectNoAxeViolations(page, 'search page with results');
});

test('no results: the reader is pointed to help and their clinic', async ({ page }) => {
  await page.goto('/cleansing/');
  await searchFor(page, 'xylophone');
  await expect(page.getByRole('status')).toHaveText('No results for “xylophone”.');
  await expect(page.getByRole('search').getByRole('link', { name: 'when to get help' })).toHaveAttribute('href', '/when-to-get-help/');
  await expect(page.getByRole('search').getByText(/call your clinic/i)).toBeVisible();
  await expectNoAxeViolations(page, 'no results');
});

test('words that are not all on one page still find pages with some of them', async ({ page }) => {
  await page.goto('/cleansing/');
  const results = await searchFor(page, 'itchy red skin');
  await expect(results.first()).toHaveAttribute('href', /\/what-is-normal\/\?.*#expect-(redness-and-swelling|itching-and-bruising)$/);
});

test('the search page filters by kind of advice and keeps the query in its address', async ({ page }) => {
  await page.goto('/search/?q=sun&kind=routine');
  await expect(page.getByLabel('Show')).toHaveValue('routine');
  await expect(page.getByRole('status')).toContainText('for “sun”');
  const results = page.getByRole('search').getByRole('list').getByRole('link');
  await expect(results.first()).toHaveAttribute('href', /#routine-sunscreen$/);
  for (const href of await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/#routine-/);
  }
  await page.getByLabel('Show').selectOption('avoid');
  await expect(results.first()).toHaveAttribute('href', /#avoid-direct-sun$/);
  await expect(page).toHaveURL(/\/search\/\?q=sun&kind=avoid$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search opens the search page, which lists every topic', async ({ page }) => {
    await page.goto('/cleansing/');
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('pool');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=pool$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Swimming (pools, oceans, lakes)' })).toHaveAttribute('href', '/avoid/#row-swimming');
    await expect(page.getByRole('link', { name: 'Pus or yellow crusts on the treated skin' })).toHaveAttribute('href', '/when-to-get-help/#sign-pus-or-crusts');
  });
});
