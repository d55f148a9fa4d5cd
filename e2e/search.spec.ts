/**
 * Search as a patient uses it: every item is found by its name, the keyboard alone is enough, the open
 * results pass axe, nothing loads before search is wanted, and no request leaves the site. Queries and
 * anchors come from the content under test (CONTENT_DIR); the shipped guide's patient queries are in
 * article-search.spec.ts. Needs a full build (`npm run build`): Pagefind's index exists only after it.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectSameOrigin, searchFor, watchRequests } from './search-helpers';
import { guidePages, literally, preparation, restrictions, routine, site, warningSigns } from '../tests/helpers/content';

/** What to search for, from the content: the first restriction and routine step, and a guide page to search from. */
const restriction = restrictions()[0]!;
const step = routine()[0]!;
const guidePage = guidePages()[0]!.path;
/** The longest word of a name: a query that finds it. */
const wordOf = (name: string) => name.split(/[^\p{L}\p{N}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
const avoidAnchor = new RegExp(`#(avoid|row)-${restriction.id}$`);

/** Every advice item: its anchor prefix and the name it is shown under. */
function items(): { anchors: string[]; name: string }[] {
  return [
    ...restrictions().map((r) => ({ anchors: [`#avoid-${r.id}`, `#row-${r.id}`], name: r.label })),
    ...routine().map((r) => ({ anchors: [`#routine-${r.id}`], name: r.label })),
    ...warningSigns().map((w) => ({ anchors: [`#sign-${w.id}`], name: w.sign })),
    ...preparation().map((p) => ({ anchors: [`#prepare-${p.id}`], name: p.label })),
  ];
}

test('every restriction, routine step, warning sign and preparation step is a result of its own, found by its name', async ({ page }) => {
  await page.goto(guidePage);
  for (const { anchors, name } of items()) {
    const results = await searchFor(page, name);
    const hashes = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect.soft(hashes.some((hash) => anchors.includes(hash)), `“${name}”: results ${hashes.join(' ')}`).toBe(true);
  }
});

test('a keyboard-only search: / to search, arrows to choose, Esc to close, Enter to open', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await page.goto(guidePage);
  const field = page.getByRole('searchbox', { name: 'Search the guide' });
  await page.keyboard.press('/');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  await page.keyboard.type(restriction.label);
  await expect(page.getByRole('status')).toContainText(`for “${restriction.label}”`);
  const results = page.getByRole('search').getByRole('list').getByRole('link');
  await expect(results.filter({ hasText: restriction.label }).first()).toBeVisible();
  expect(await results.count()).toBeGreaterThan(1);

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
  await expect(field).toHaveValue(restriction.label);

  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  const target = new URL((await results.first().getAttribute('href'))!, baseURL);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target.href);
  expect(target.searchParams.getAll('pagefind-highlight').length).toBeGreaterThan(0);
  if (target.hash) await expect(page.locator(target.hash)).toBeInViewport();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeAttached();
  expectSameOrigin(requests, baseURL);
});

test('Enter in the header field opens the search page with all results', async ({ page }) => {
  await page.goto('/avoid/');
  const field = page.getByRole('searchbox', { name: 'Search the guide' });
  await field.fill(step.label);
  await field.press('Enter');
  await expect(page).toHaveURL(`/search/?${new URLSearchParams({ q: step.label })}`);
  await expect(page.getByRole('status')).toContainText(`for “${step.label}”`);
  await expect(page.getByText('Search needs JavaScript')).toHaveCount(0);
  const hrefs = await page.getByRole('search').getByRole('list').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.some((href) => href?.endsWith(`#routine-${step.id}`)), hrefs.join(' ')).toBe(true);
});

test('a content page loads no search code until search is wanted', async ({ page }) => {
  const requests = watchRequests(page);
  await page.goto(guidePage);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /pagefind|search-ui/.test(url))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search the guide' }).focus();
  await expect.poll(() => requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('axe is clean with results open, on a phone and a desktop', async ({ page }) => {
  test.setTimeout(90_000); // two widths, each a search and an axe run
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(guidePage);
    const results = await searchFor(page, wordOf(restriction.label));
    await expect(results.first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expectNoAxeViolations(page, `header results open at ${width} px`);
  }
  const word = wordOf(restriction.label);
  await page.goto(`/search/?${new URLSearchParams({ q: word })}`);
  await expect(page.getByRole('status')).toContainText(`for “${word}”`);
  await expectNoAxeViolations(page, 'search page with results');
});

test('no results: the reader is pointed to help and their clinic', async ({ page }) => {
  await page.goto(guidePage);
  await searchFor(page, 'xylophone');
  await expect(page.getByRole('status')).toHaveText('No results for “xylophone”.');
  await expect(page.getByRole('search').getByRole('link', { name: 'when to get help' })).toHaveAttribute('href', '/when-to-get-help/');
  const { clinic } = site();
  if (clinic?.phone) await expect(page.getByRole('search').getByRole('link', { name: clinic.phone })).toHaveAttribute('href', /^tel:/);
  else await expect(page.getByRole('search').getByText(/call your clinic/i)).toBeVisible();
  await expectNoAxeViolations(page, 'no results');
});

test('the search page filters by kind of advice and keeps the query in its address', async ({ page }) => {
  const results = page.getByRole('search').getByRole('list').getByRole('link');
  const hrefs = () => results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  await page.goto(`/search/?${new URLSearchParams({ q: step.label, kind: 'routine' })}`);
  await expect(page.getByLabel('Show')).toHaveValue('routine');
  await expect(page.getByRole('status')).toContainText(`for “${step.label}”`);
  await expect(results.first()).toBeVisible();
  expect(await hrefs()).toContainEqual(expect.stringMatching(new RegExp(`#routine-${step.id}$`)));
  for (const href of await hrefs()) expect(href).toMatch(/#routine-/);

  await page.getByLabel('Show').selectOption('avoid');
  await expect(page).toHaveURL(`/search/?${new URLSearchParams({ q: step.label, kind: 'avoid' })}`);
  await expect(page.getByRole('status')).toContainText(`for “${step.label}”`);
  // The list updates to things to avoid only (or none).
  await expect.poll(async () => (await hrefs()).filter((href) => !/#(avoid|row)-/.test(href))).toEqual([]);

  await page.goto(`/search/?${new URLSearchParams({ q: restriction.label, kind: 'avoid' })}`);
  await expect(results.first()).toHaveAttribute('href', avoidAnchor);
  for (const href of await hrefs()) expect(href).toMatch(/#(avoid|row)-/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search opens the search page, which lists every topic', async ({ page }) => {
    await page.goto(guidePage);
    const word = wordOf(restriction.label);
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill(word);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(`/search/?${new URLSearchParams({ q: word })}`);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    const topics = page.locator('.search-topics');
    for (const r of restrictions()) {
      await expect(topics.getByRole('link', { name: r.label, exact: true })).toHaveAttribute('href', `/avoid/#row-${r.id}`);
    }
    for (const w of warningSigns()) {
      await expect(topics.getByRole('link', { name: w.sign, exact: true })).toHaveAttribute('href', literally(`#sign-${w.id}`));
    }
    for (const p of guidePages()) {
      await expect(topics.getByRole('link', { name: p.title, exact: true })).toHaveAttribute('href', p.path);
    }
  });
});
