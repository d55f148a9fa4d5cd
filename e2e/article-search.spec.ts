/**
 * The article suite for search: the patients' words of e2e/search-queries.ts open the right advice of the
 * shipped guide first. Left out with ARTICLE_CHECKS=off.
 */
import { expect, test } from '@playwright/test';
import { PATIENT_QUERIES } from './search-queries';
import { expectSameOrigin, searchFor, watchRequests } from './search-helpers';

test('patients’ words open the right advice first', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await page.goto('/cleansing/');
  for (const { query, path, hash } of PATIENT_QUERIES) {
    const results = await searchFor(page, query);
    const href = await results.first().getAttribute('href');
    const url = new URL(href ?? '', baseURL);
    expect.soft(`${url.pathname}${url.hash}`, `first result for “${query}”`).toBe(`${path}${hash}`);
    expect.soft(url.searchParams.getAll('pagefind-highlight').length, `highlight words for “${query}”`).toBeGreaterThan(0);
  }
  expectSameOrigin(requests, baseURL);
});

test('words that are not all on one page still find pages with some of them', async ({ page }) => {
  await page.goto('/cleansing/');
  const results = await searchFor(page, 'itchy red skin');
  // Itchy red skin is most often a normal effect: the page on what is normal comes first.
  await expect(results.first()).toHaveAttribute('href', /\/what-is-normal\/\?.*#expect-(redness-and-swelling|itching-and-bruising)$/);
});
