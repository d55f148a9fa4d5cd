/**
 * Offline, as a patient with no signal uses the guide after one visit: every page from the menus, search and
 * a result, a dated timeline, the printed handout (and its ready PDFs when `npm run pdf` made them). The worker
 * keeps only this site's files, a damaged or missing copy falls back to the network, and the guide installs.
 * Expectations come from the content the site was built from ($CONTENT_DIR).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';
import { cachedUrls, waitForOfflineReady } from './offline';
import { fileLanguage, keptFor } from '../src/integrations/service-worker/languages';
import { APP_COLORS } from '../src/lib/web-manifest';

test.use({ serviceWorkers: 'allow' });

const contentDir = resolve(import.meta.dirname, '..', process.env['CONTENT_DIR'] ?? 'content');
const dist = resolve(import.meta.dirname, '..', process.env['E2E_DIST'] ?? 'dist');
const yamlEntries = (folder: string) =>
  readdirSync(join(contentDir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(contentDir, folder, f), 'utf8')) }))
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0)) as { id: string; order?: number; label?: string }[];
const restriction = yamlEntries('restrictions')[0]!;
const procedure = yamlEntries('procedures')[0]!;
const site = parse(readFileSync(join(contentDir, 'site', 'site.yaml'), 'utf8')) as { siteName: string; shortName?: string; themeColor?: string };

/** Every page of the build, from its files: /avoid/ for dist/avoid/index.html. */
const allPages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`)
  .sort();
/** The offline copy is one language's (sw.js?lang=): the English pages, and each other language's apart. */
const otherLanguages = [...new Set(allPages.map((p) => fileLanguage(p.slice(1) + 'index.html')).filter((l): l is string => !!l && l !== 'en'))];
const builtPages = allPages.filter((p) => fileLanguage(`${p.slice(1)}index.html`) === 'en');

/** Opens the site once and waits until it is saved on the device. */
async function visitOnce(page: Page) {
  await page.goto('/');
  await waitForOfflineReady(page);
}

/** A page answered by the worker, with its heading: not the browser's offline error, not a blank page. */
async function expectPageOffline(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  expect(response?.fromServiceWorker(), path).toBe(true);
  await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
}

/**
 * Time for the tests that open every page: the worker first copies the whole site, then each page opens; a
 * clinic's larger content takes longer, and so does a busy CI machine (these ran 9 s alone, 30 s beside others).
 */
const everyPageTimeout = (pages: number) => 60_000 + 1_500 * pages;

test('after one visit, every page from the menus and every built page opens offline', async ({ page, context }) => {
  test.setTimeout(everyPageTimeout(builtPages.length));
  await visitOnce(page);
  await page.goto('/avoid/');
  // The language switch opens the other language, which has its own offline copy (see the test per language).
  const menuLinks = await page.locator('nav a[href]:not([data-language-switch])').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href)).filter((u) => u.origin === location.origin).map((u) => u.pathname),
  );
  const paths = [...new Set([...menuLinks, ...builtPages])];
  expect(menuLinks.length).toBeGreaterThan(5);

  await context.setOffline(true);
  for (const path of paths) await expectPageOffline(page, path);
  // Links work offline too: follow the main menu from the home page.
  await page.goto('/');
  const firstMenuItem = page.getByRole('navigation', { name: 'Main' }).getByRole('link').nth(1);
  const name = await firstMenuItem.textContent();
  await firstMenuItem.click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: name! })).toHaveAttribute('aria-current', 'page');
});

test('offline, search finds advice and opens the result', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('/avoid/');
  const query = restriction.label!;
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill(query);
  const results = page.getByRole('search').getByRole('list').getByRole('link');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('search').getByText(/could not load/i)).toBeHidden();
  const target = new URL((await results.first().getAttribute('href'))!, page.url());
  await results.first().click();
  await expect(page).toHaveURL((url) => url.pathname === target.pathname);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('offline, the timeline shows dated days and the handout prints', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  const date = '2026-11-20';
  await expectPageOffline(page, `/timeline/?date=${date}&type=${procedure.id}`);
  await expect(page.locator('[data-day="0"]').first()).toHaveAttribute('data-date', date);
  await expect(page.locator('[data-day="1"]').first()).toHaveAttribute('data-date', '2026-11-21');

  await expectPageOffline(page, `/handout/?date=${date}&type=${procedure.id}`);
  // Dated offline too: the plan's data file is in the offline copy.
  await expect(page.locator('[data-fill="date"]').first()).toContainText('November 20, 2026');
  const file = test.info().outputPath('handout-offline.pdf');
  writeFileSync(file, await page.pdf({ format: 'Letter', printBackground: true }));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(restriction.label!);
  expect(text).toContain(site.siteName);
});

/** Records, when the page registers the worker, whether the timeline had drawn the reader's plan. */
async function recordRegistration(page: Page) {
  await page.addInitScript(() => {
    const sw = navigator.serviceWorker;
    const register = sw.register.bind(sw);
    sw.register = (...args) => {
      const state = { ready: document.querySelector('.timeline[data-ready]') !== null, busy: document.querySelector('[data-busy]') !== null };
      (window as unknown as { registeredWhen: typeof state }).registeredWhen = state;
      return register(...args);
    };
  });
  return () => page.evaluate(() => (window as unknown as { registeredWhen?: { ready: boolean; busy: boolean } }).registeredWhen);
}

test('a first visit to the timeline saves the guide after the plan is drawn, not while it draws', async ({ page, context }) => {
  // The plan's drawing and the worker's first download would share a phone's processor.
  const registeredWhen = await recordRegistration(page);
  await page.goto(`/timeline/?date=2026-11-20&type=${procedure.id}`);
  await waitForOfflineReady(page);
  expect(await registeredWhen()).toEqual({ ready: true, busy: false });
  await context.setOffline(true);
  await expectPageOffline(page, '/avoid/');
});

test('when the timeline cannot load its plan, the guide is still saved for offline use, without waiting', async ({ page }) => {
  const registeredWhen = await recordRegistration(page);
  await page.route('**/timeline/plan.json', (route) => route.abort());
  await page.goto('/timeline/');
  await expect(page.locator('[data-timeline-failed]')).toBeVisible();
  await expect.poll(registeredWhen).toEqual({ ready: false, busy: false });
});

test('offline, the ready-made handout PDFs open', async ({ page, context }) => {
  const pdfs = ['handout-letter.pdf', 'handout-a4.pdf'];
  test.skip(!pdfs.every((f) => existsSync(join(dist, f))), 'no PDFs in this build: run `npm run pdf` after the build');
  await visitOnce(page);
  await context.setOffline(true);
  for (const pdf of pdfs) {
    const answer = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { ok: response.ok, type: response.headers.get('content-type'), start: await response.text().then((t) => t.slice(0, 5)) };
    }, `/${pdf}`);
    expect(answer, pdf).toEqual({ ok: true, type: 'application/pdf', start: '%PDF-' });
  }
});

test('the worker keeps only this site’s files: pages, search index, scripts, icons', async ({ page, baseURL }) => {
  await visitOnce(page);
  const caches = await cachedUrls(page);
  const urls = Object.values(caches).flat();
  const origin = new URL(baseURL!).origin;
  expect(urls.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  const paths = new Set(urls.map((url) => new URL(url).pathname));
  const expected = [
    ...builtPages.map((p) => `${p}index.html`),
    ...readdirSync(join(dist, '_astro')).map((f) => `/_astro/${f}`),
    ...readdirSync(join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.pf_|pagefind\.js$|pagefind-entry\.json$|pagefind-highlight\.js$|wasm\.en\.pagefind$/.test(f) && keptFor(`pagefind/${f}`, 'en'))
      .map((f) => `/pagefind/${f}`),
    '/favicon.svg',
    '/manifest.webmanifest',
    '/icons/icon-192.png',
    '/icons/icon-512.png',
    '/icons/icon-maskable-512.png',
  ];
  expect(expected.filter((p) => !paths.has(p))).toEqual([]);
});

test('a missing or damaged copy falls back to the network; offline it says so instead of a blank page', async ({ page, context }) => {
  await visitOnce(page);
  const [missing, damaged] = ['/avoid/', builtPages.find((p) => p !== '/' && p !== '/avoid/' && !p.startsWith('/404'))!];
  // Remove one page's copy and replace another's with an empty answer, as a cut-short save would leave them.
  await page.evaluate(async ([missingPath, damagedPath]) => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (path === `${missingPath}index.html`) await cache.delete(request);
        if (path === `${damagedPath}index.html`) await cache.put(request, new Response('', { headers: { 'content-type': 'text/html' } }));
      }
    }
  }, [missing, damaged!]);

  for (const path of [missing, damaged!]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    await expect(page.locator('header')).toBeVisible();
  }
  await context.setOffline(true);
  const response = await page.goto(missing);
  expect(response?.status()).toBe(503);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not saved on this device/i);
  await page.getByRole('link', { name: /home page/i }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the guide is installable: manifest from the site settings, icons at 192 and 512 px', async ({ page, baseURL }) => {
  await page.goto('/');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(manifestHref!)).json();
  expect(manifest).toMatchObject({ name: site.siteName, short_name: site.shortName ?? site.siteName, start_url: '/', scope: '/', display: 'standalone' });
  // The phone's title bar takes the clinic's color, or the site's own.
  expect(manifest.theme_color).toBe(site.themeColor ?? APP_COLORS.theme);
  await expect(page.locator('meta[name="theme-color"][media*="light"]')).toHaveAttribute('content', manifest.theme_color);
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const png = await (await page.request.get(new URL(icon.src, baseURL).href)).body();
    // PNG header: width and height are the big-endian numbers at bytes 16 and 20.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  expect((manifest.icons as { purpose: string }[]).map((i) => i.purpose)).toContain('maskable');
  // Chromium's own verdict (a test browser is a private window, where nothing can be installed).
  const cdp = await page.context().newCDPSession(page);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
});

test('the install page says how to add the guide to a home screen, and that it is ready offline', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: /offline/i }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/offline/i);
  for (const heading of [/iPhone/, /Android/, /Computer/]) await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /Add to Home Screen/i }).first()).toBeVisible();
  await expect(page.getByText(/works offline/i).first()).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page, 'on the install page');
});

for (const lang of otherLanguages) {
  test(`${lang}: after one visit in that language, every page of that language opens offline, and no other language's page is kept`, async ({ page, context, baseURL }) => {
    test.setTimeout(everyPageTimeout(allPages.filter((p) => p.startsWith(`/${lang}/`)).length));
    await page.goto(`/${lang}/`);
    await waitForOfflineReady(page);
    const urls = Object.values(await cachedUrls(page)).flat().map((url) => new URL(url).pathname.slice(1));
    expect(urls.filter((url) => !keptFor(url, lang))).toEqual([]);
    expect(urls).toContain(`${lang}/index.html`);
    await context.setOffline(true);
    for (const path of allPages.filter((p) => p.startsWith(`/${lang}/`))) await expectPageOffline(page, path);
    expect(baseURL).toBeTruthy();
  });
}
