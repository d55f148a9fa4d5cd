/** Helpers for the search specs (generic and article). */
import { expect, type Page } from '@playwright/test';

/** Records every request the page makes, to check none leaves the site. */
export function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Fails if any recorded request went to another origin. */
export function expectSameOrigin(urls: string[], baseURL: string | undefined) {
  const origin = new URL(baseURL!).origin;
  expect(urls.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([]);
}

/** Types a query into the header search and waits for its results (not those of a shorter prefix). */
export async function searchFor(page: Page, query: string) {
  const field = page.getByRole('searchbox', { name: 'Search the guide' });
  await field.fill(query);
  await expect(page.getByRole('status')).toContainText(`for “${query}”`);
  return page.getByRole('search').getByRole('list').getByRole('link');
}
