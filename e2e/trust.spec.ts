/**
 * Trust gates in use: searching, dating a plan and printing request nothing from another origin and break no
 * CSP, and hostile values in the URL or in stored state never run script or break the page. (Every page's CSP,
 * loaded as it is, is checked in every-page.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { watch } from './page-watch';
import { procedures, restrictions } from '../tests/helpers/content';

/** A procedure type and a search word from the content under test. */
const type = procedures().at(-1)!.id;
const searchWord = restrictions()[0]!.label.split(/\s+/)[0]!;

test('search, the timeline and the handout in use request nothing from another origin and break no CSP', async ({ page, baseURL }) => {
  const problems = await watch(page, baseURL!);
  await page.goto('/');
  await page.getByRole('searchbox').first().fill(searchWord);
  await page.getByRole('searchbox').first().press('Enter');
  await page.waitForLoadState('networkidle');
  await page.goto(`/timeline/?date=2026-11-20&type=${type}`);
  await page.waitForLoadState('networkidle');
  await page.goto(`/handout/?date=2026-11-20&type=${procedures()[0]!.id}`);
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

/**
 * Values an attacker or a broken link might put in the URL, as they would reach the page: markup and script,
 * a very long value, text that reorders or looks like a date, control characters, prototype keys. Every other
 * odd date or type (2026-13-01, 1e3, 99999-01-01...) is the unit tests' (tests/hostile-input.test.ts,
 * tests/params.test.ts), with the same code and no page load each.
 */
const HOSTILE_VALUES = [
  '<img src=x id=pwn>',
  '<b id=pwn>bold</b>',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  'A'.repeat(10_000),
  '\u202e2026-01-01',
  '２０２６-０１-０１',
  '😀🧴💉',
  '\u0000\u0001',
  '2026-02-30',
  '__proto__',
  ' ',
];

/** Corrupt or odd values in the device's storage. */
const HOSTILE_STORED = [
  '{',
  'null',
  '[]',
  '"text"',
  '42',
  '{"__proto__":{"date":"2026-01-01","type":"rf"}}',
  '{"constructor":{"prototype":{"date":"x"}}}',
  '{"date":{"$gt":""},"type":["rf"]}',
  '{"date":"<img src=x onerror=window.__pwned=1>","type":"<script>window.__pwned=1</script>"}',
  'A'.repeat(10_000),
];

async function expectWorkingPage(page: Page, context: string) {
  await expect(page.getByRole('heading', { level: 1 }), context).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), `script ran: ${context}`).toBeUndefined();
  expect(await page.locator('#pwn, img[src="x"], svg[onload], [onerror]').count(), `markup inserted: ${context}`).toBe(0);
}

// A test for each page and key, so the workers share the page loads (15 each).
for (const path of ['/timeline/', '/handout/']) {
  for (const key of ['date', 'type'] as const) {
    test(`${path} survives hostile values in ${key}=`, async ({ page, baseURL }) => {
      test.setTimeout(90_000);
      const problems = await watch(page, baseURL!);
      for (const value of HOSTILE_VALUES) {
        const query = new URLSearchParams({ [key]: value, ...(key === 'date' ? { type } : { date: '2026-11-20' }) });
        await page.goto(`${path}?${query}`);
        await expectWorkingPage(page, `${path}?${key}=${value.slice(0, 40)}`);
        if (value.trim()) {
          await expect(page.getByText(/not a real date|could not read|more than a year|do not know the procedure type/i).first(), `${path}?${key}=${value.slice(0, 40)}`).toBeVisible();
        }
      }
      if (key === 'date') {
        await page.goto(`${path}?__proto__[date]=x&constructor=y&date=2026-11-20&date=2099-01-01&type=${type}`);
        await expectWorkingPage(page, 'prototype keys and repeated keys');
      }
      expect(problems).toEqual([]);
    });
  }
}

test('/timeline/ survives corrupt stored state', async ({ page, baseURL }) => {
  const problems = await watch(page, baseURL!);
  await page.goto('/timeline/');
  for (const stored of HOSTILE_STORED) {
    await page.evaluate((value) => {
      for (let i = 0; i < localStorage.length; i++) localStorage.setItem(localStorage.key(i)!, value);
      localStorage.setItem('aftercare-plan', value);
    }, stored);
    await page.goto('/timeline/');
    await expectWorkingPage(page, `stored ${stored.slice(0, 40)}`);
    await expect(page.getByLabel(/date/i).first()).toBeVisible();
    expect(await page.evaluate(() => 'date' in {} || 'type' in {}), 'Object.prototype polluted').toBe(false);
  }
  expect(problems).toEqual([]);
});

test('/search/ survives hostile queries', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const problems = await watch(page, baseURL!);
  for (const value of HOSTILE_VALUES) {
    await page.goto(`/search/?${new URLSearchParams({ q: value })}`);
    await expectWorkingPage(page, `/search/?q=${value.slice(0, 40)}`);
  }
  expect(problems).toEqual([]);
});
