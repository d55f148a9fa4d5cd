/**
 * Trust gates: no request leaves the site's origin, a strict CSP on every page with no violation, and
 * hostile values in the URL or in stored state never run script or break the page.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const distDir = join(import.meta.dirname, '..', process.env['E2E_DIST'] ?? 'dist');
/** Every page of the build, from its files: /avoid/ for dist/avoid/index.html. */
const allPages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`)
  .sort();

/** Records requests to other origins, CSP violations, script errors and dialogs on a page. */
async function watch(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.push(`third-party request: ${url}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

test('the build has pages to check', () => {
  expect(allPages.length).toBeGreaterThan(15);
});

test('no page requests anything from another origin or breaks its CSP', async ({ page, baseURL }) => {
  test.setTimeout(120_000); // every page, one after the other, on a busy machine
  const problems = await watch(page, baseURL!);
  for (const path of allPages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, `CSP meta on ${path}`).toBeTruthy();
    expect(csp).toMatch(/script-src [^;]*'self'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("default-src 'self'");
  }
  // Use the interactive parts too: search, the timeline, the handout.
  await page.goto('/');
  await page.getByRole('searchbox').first().fill('swim');
  await page.getByRole('searchbox').first().press('Enter');
  await page.waitForLoadState('networkidle');
  await page.goto('/timeline/?date=2026-11-20&type=rf');
  await page.waitForLoadState('networkidle');
  await page.goto('/handout/?date=2026-11-20&type=traditional');
  await page.waitForLoadState('networkidle');
  expect(problems, `on ${allPages.length} pages`).toEqual([]);
});

/** Values an attacker or a broken link might put in the URL. */
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
  'Ω≈ç√∫',
  '2026-13-01',
  '2026-02-30',
  '0000-00-00',
  '99999-01-01',
  '2026-1-1',
  '2026-01-01T00:00:00Z',
  '1e3',
  '-1',
  '__proto__',
  'constructor',
  'toString',
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

for (const path of ['/timeline/', '/handout/']) {
  test(`${path} survives hostile URL values`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const problems = await watch(page, baseURL!);
    for (const value of HOSTILE_VALUES) {
      for (const key of ['date', 'type']) {
        const query = new URLSearchParams({ [key]: value, ...(key === 'date' ? { type: 'rf' } : { date: '2026-11-20' }) });
        await page.goto(`${path}?${query}`);
        await expectWorkingPage(page, `${path}?${key}=${value.slice(0, 40)}`);
        if (value.trim()) {
          await expect(page.getByText(/not a real date|could not read|more than a year|do not know the procedure type/i).first(), `${path}?${key}=${value.slice(0, 40)}`).toBeVisible();
        }
      }
    }
    await page.goto(`${path}?__proto__[date]=x&constructor=y&date=2026-11-20&date=2099-01-01&type=rf`);
    await expectWorkingPage(page, 'prototype keys and repeated keys');
    expect(problems).toEqual([]);
  });
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
