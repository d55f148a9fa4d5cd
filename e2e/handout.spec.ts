/**
 * The printable handout, printed by Chromium's print engine (page.pdf) and read back with poppler's pdfinfo and
 * pdftotext: at most 2 pages on US Letter and on A4, every restriction and warning sign on paper, the clinic's
 * phone (or the line to write it on). Personalized dates in two time zones, bad parameters, axe, the print
 * stylesheet of other pages, and a build with a clinic's details filled in. Expectations come from the
 * content under test (CONTENT_DIR).
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import sharp from 'sharp';
import { expectNoAxeViolations } from './axe';
import { builtPages, DIST_DIR } from './built-pages';
import { contentFixture, fixtureOutDir, removeFixtures, runAstro } from '../tests/helpers/fixture-build';
import { CONTENT_DIR, entryFile, guidePages, procedures, restrictions as readRestrictions, site as readSite, warningSigns, windowOf } from '../tests/helpers/content';
import { WARNING_TIER_LABELS } from '../src/schemas/vocabulary';

const dist = resolve(import.meta.dirname, '..', process.env['E2E_DIST'] ?? 'dist');
const restrictions = readRestrictions();
const signs = warningSigns();
const site = readSite();
const types = procedures();
/** The type the personalized handout is made for: the last one (not the default). */
const other = types.at(-1)!;

/**
 * The undated "avoid through" cell of a restriction: its days once when every type shares them, else per group
 * of types sharing a window ("RF: Day 7"), in the content's order of types.
 */
function undatedCell(r: (typeof restrictions)[number]): string {
  const groups: { names: string[]; firstDay: number; lastDay: number }[] = [];
  for (const p of types) {
    const w = windowOf(r, p.id);
    if (!w) continue;
    const same = groups.find((g) => g.firstDay === w.firstDay && g.lastDay === w.lastDay);
    if (same) same.names.push(p.shortName);
    else groups.push({ names: [p.shortName], firstDay: w.firstDay, lastDay: w.lastDay });
  }
  const sharedByAll = groups.length === 1 && groups[0]!.names.length === types.length;
  return groups.map((g) => `${sharedByAll ? '' : `${g.names.join(' and ')}: `}${throughCell(g.firstDay, `day ${g.lastDay}`, dayName)}`).join('');
}

/** "5 days before", "day 2": a first day in the handout's words. */
const dayName = (day: number) => (day < 0 ? `${-day} day${day === -1 ? '' : 's'} before` : `day ${day}`);
/** The "avoid through" cell: the last day, after its first day when that is not the procedure day. */
const throughCell = (firstDay: number, last: string, first: (day: number) => string) =>
  firstDay === 0 ? last.charAt(0).toUpperCase() + last.slice(1) : `From ${first(firstDay)} through ${last}`;

const FORMATS = ['Letter', 'A4'] as const;

test.describe.configure({ mode: 'parallel' });
const MAX_PDF_BYTES = 300 * 1024;

/** pdftotext output as one line: hyphenated line ends joined, runs of white space made one space. */
const flat = (text: string) => text.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ');

/** Prints the page as Chromium does for `npm run pdf`, and reads the PDF back. */
async function print(page: Page, format: (typeof FORMATS)[number]) {
  const pdf = await page.pdf({ format, printBackground: true });
  const file = test.info().outputPath(`handout-${format}-${Date.now()}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    bytes: pdf.length,
    // -raw: the text in document order, so a label that wraps beside a narrow column stays whole.
    text: flat(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })),
  };
}

/** Every restriction label and warning sign, and both tier headings, are in the printed text. */
function expectAllAdvice(text: string) {
  for (const r of restrictions) expect(text, `restriction ${r.id}`).toContain(r.label);
  for (const s of signs) expect(text, `warning sign ${s.id}`).toContain(s.sign);
  for (const label of Object.values(WARNING_TIER_LABELS)) expect(text).toContain(label);
  expect(text).not.toContain('undefined');
}

/** The avoid table's row that lists a restriction (rows list everything that shares the same days). */
const avoidRow = (page: Page, label: string) =>
  page.locator('[data-handout-avoid]').getByRole('row').filter({ has: page.getByRole('listitem').getByText(label, { exact: true }) });

/** `YYYY-MM-DD` plus some days, and in the words the handout uses for en-US ("Thu, Dec 3"). */
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const shortDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' }).format(new Date(`${iso}T12:00:00Z`));
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

/** Two days before the next US daylight saving start (second Sunday of March): the windows cross the clock change. */
function beforeNextDstStart(today: string): string {
  for (let year = Number(today.slice(0, 4)); ; year++) {
    const march1 = new Date(Date.UTC(year, 2, 1)).getUTCDay();
    const secondSunday = `${year}-03-${String(1 + ((7 - march1) % 7) + 7).padStart(2, '0')}`;
    const date = addDays(secondSunday, -2);
    if (date > today) return date;
  }
}

test.describe('the handout on paper', () => {
  // Dark screen theme: paper must still come out light.
  test.use({ colorScheme: 'dark' });

  test('fits on 2 pages of US Letter and of A4, with every restriction, warning sign and the clinic phone', async ({ page }) => {
    await page.goto('/handout/');
    for (const format of FORMATS) {
      const { pages, bytes, text } = await print(page, format);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
      expect(bytes, `${format} size`).toBeLessThan(MAX_PDF_BYTES);
      expectAllAdvice(text);
      // This build's clinic phone, or the line to write it on.
      expect(text).toContain(site.clinic?.phone ? `Your clinic's phone: ${site.clinic.phone}` : "Your clinic's phone:");
      expect(text).toMatch(/Last reviewed|Not yet reviewed by a clinician at your clinic/);
      expect(text).toContain('Not medical advice');
      expect(text).toContain(`Day ${restrictions[0]!.windows[0]!.lastDay}`); // undated: day numbers
      expect(text).not.toContain('Print this handout'); // screen-only parts stay off paper
    }
  });

  test('shows every restriction with its last day for each procedure type, in day numbers', async ({ page }) => {
    await page.goto('/handout/');
    const listed = page.locator('[data-handout-avoid]').getByRole('rowheader').getByRole('listitem');
    await expect(listed).toHaveCount(restrictions.length);
    for (const r of restrictions) {
      await expect(avoidRow(page, r.label), r.id).toHaveCount(1);
      await expect(avoidRow(page, r.label).locator('[data-when="through"]'), r.id).toHaveText(undatedCell(r));
    }
  });

  test('offers no Print button that could not work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/handout/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print this handout' })).toBeHidden();
    await context.close();
  });

  test('prints light, at least 12 pt, sans-serif and upright, without the site chrome', async ({ page }) => {
    await page.goto('/handout/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this handout' })).toBeHidden();
    const { checked, problems } = await page.locator('.handout').evaluate((root) => {
      const found: string[] = [];
      let count = 0;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !node.textContent?.trim() || el.getClientRects().length === 0) continue;
        count++;
        const style = getComputedStyle(el);
        const family = style.fontFamily.replace(/sans-serif/g, '');
        if (parseFloat(style.fontSize) < 16) found.push(`${style.fontSize} "${node.textContent.trim()}"`);
        if (style.fontStyle !== 'normal') found.push(`${style.fontStyle} "${node.textContent.trim()}"`);
        if (/\bserif\b/.test(family) || /times|georgia/i.test(family)) found.push(`${style.fontFamily} "${node.textContent.trim()}"`);
      }
      return { checked: count, problems: found };
    });
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    const light = await page.evaluate(() => {
      const luminance = (el: Element, prop: 'backgroundColor' | 'color') => {
        const [r = 0, g = 0, b = 0] = (getComputedStyle(el)[prop].match(/\d+(\.\d+)?/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      return {
        page: luminance(document.body, 'backgroundColor'),
        urgentBox: luminance(document.querySelector('.handout-tier--urgent')!, 'backgroundColor'),
        text: luminance(document.querySelector('.handout h1')!, 'color'),
      };
    });
    expect(light.page).toBeGreaterThan(0.95);
    expect(light.urgentBox).toBeGreaterThan(0.85);
    expect(light.text).toBeLessThan(0.2);
  });
});

test.describe('the personalized handout', () => {
  for (const timezoneId of ['America/Los_Angeles', 'Pacific/Auckland']) {
    test(`fills in the dates for a procedure date (${timezoneId})`, async ({ browser }) => {
      const context = await browser.newContext({ timezoneId, locale: 'en-US' });
      const page = await context.newPage();
      const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
      const date = beforeNextDstStart(today);
      await page.goto(`/handout/?date=${date}&type=${other.id}`);
      await expect(page.locator('[data-fill="date"]').first()).toHaveText(longDate(date));
      await expect(page.locator('[data-fill="type"]').first()).toHaveText(other.name);
      for (const r of restrictions) {
        const w = windowOf(r, other.id);
        if (!w) continue;
        const through = throughCell(w.firstDay, shortDate(addDays(date, w.lastDay)), (day) => shortDate(addDays(date, day)));
        await expect(avoidRow(page, r.label).getByRole('cell')).toHaveText([through, shortDate(addDays(date, w.lastDay + 1))]);
      }
      await expect(page.getByRole('alert')).toBeHidden();
      if (timezoneId === 'Pacific/Auckland') {
        const { pages, text } = await print(page, 'Letter');
        expect(pages).toBeLessThanOrEqual(2);
        const first = restrictions.find((r) => windowOf(r, other.id))!;
        expect(text).toContain(first.label);
        expect(text).toContain(shortDate(addDays(date, windowOf(first, other.id)!.lastDay)));
      }
      await context.close();
    });
  }

  test('bad parameters give the undated handout, with a message on screen but not on paper', async ({ page }) => {
    await page.goto('/handout/?date=2026-02-30&type=<img src=x onerror=alert(1)>');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('We could not fill in your dates');
    await expect(alert).toContainText('“2026-02-30” is not a real date');
    await expect(alert).toContainText('“<img src=x onerror=alert');
    await expect(alert.locator('img')).toHaveCount(0);
    const first = restrictions[0]!;
    await expect(avoidRow(page, first.label).getByRole('cell').first()).toHaveText(undatedCell(first));
    const { text } = await print(page, 'A4');
    expect(text).not.toContain('We could not fill in');
    expect(text).not.toContain('not a real date');

    await page.goto('/handout/?date=2026-12-01');
    await expect(page.getByRole('alert')).toContainText('needs both the date and the type');
  });

  test("says so when the plan's data cannot load, and keeps the day numbers", async ({ page }) => {
    // The dates come from the timeline's data file, fetched only for a link with settings.
    await page.route('**/timeline/plan.json', (route) => route.abort());
    await page.goto(`/handout/?date=2026-11-20&type=${types[0]!.id}`);
    await expect(page.getByRole('alert')).toContainText('could not load what it needs to work out your dates');
    const first = restrictions[0]!;
    await expect(avoidRow(page, first.label).getByRole('cell').first()).toHaveText(undatedCell(first));
  });
});

test.describe('the handout on screen', () => {
  test('has a Print button, links the PDFs only when they exist, and is axe clean', async ({ page }) => {
    // Three full axe runs: more than 30 s when the 2 cores are busy.
    test.slow();
    await page.goto('/handout/');
    await expect(page.getByRole('button', { name: 'Print this handout' })).toBeVisible();
    await expect(page.getByText('Want your own dates on it?')).toBeVisible();
    const pdfs = [['US Letter size (PDF)', 'handout-letter.pdf'], ['A4 size (PDF)', 'handout-a4.pdf']] as const;
    for (const [name, file] of pdfs) {
      if (existsSync(join(dist, file))) await expect(page.getByRole('link', { name })).toHaveAttribute('href', `/${file}`);
      else await expect(page.getByText(name)).toBeHidden();
    }
    await expectNoAxeViolations(page, 'undated');
    await page.goto(`/handout/?date=${addDays(new Date().toISOString().slice(0, 10), 10)}&type=${other.id}`);
    await expect(page.locator('[data-handout]')).toHaveAttribute('data-personalized', other.id);
    await expect(page.getByText('Want your own dates on it?'), 'the invitation to personalize is gone once dated').toBeHidden();
    await expectNoAxeViolations(page, 'personalized');
    await page.goto(`/handout/?date=yesterday&type=${other.id}`);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, 'with a message');
  });
});

/** The first built page with a link that leaves the site in its main text, if the content has one. */
test('every page prints light, without navigation or search, and keeps warning tiers whole', async ({ page }) => {
  for (const path of ['/', '/when-to-get-help/', guidePages()[0]!.path]) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), path).toBe('rgb(255, 255, 255)');
  }
  await page.goto('/when-to-get-help/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await page.locator('.tier').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
});

test('links that leave the site print their address', async ({ page }) => {
  // Source lists print their addresses as text already; any other link out of the site prints its own.
  const printsOwn = 'main a[href^="http"]:not(.sources a, .no-print-url)';
  const candidates = builtPages()
    .filter((path) => !/\/handout\/$/.test(path))
    .filter((path) => /<main[\s\S]*<a [^>]*href="https?:[\s\S]*<\/main>/.test(readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8')));
  for (const path of candidates) {
    await page.goto(path);
    if ((await page.locator(printsOwn).count()) === 0) continue;
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const external = page.locator(printsOwn).first();
    const href = (await external.getAttribute('href'))!;
    expect(await external.evaluate((el) => getComputedStyle(el, '::after').content), path).toContain(href);
    return;
  }
  test.skip(true, 'the content links nowhere outside the site but in its source lists');
});

test.describe('a clinic that fills in its details', () => {
  /** The content's own clinic when it fills in every line; else a copy of the content with made-up details, built here. */
  const own = site.clinic;
  const filledIn = Boolean(own?.name && own.phone && own.afterHoursPhone && own.address);
  const clinic = filledIn
    ? own!
    : {
        name: 'Riverside Skin & Laser Clinic',
        phone: '(555) 010-4477',
        afterHoursPhone: '(555) 010-9911',
        address: '1200 Riverside Avenue, Suite 340\nSpringfield, OR 97477',
        website: 'https://riverside-skin.example.com/aftercare',
        email: 'care@riverside-skin.example.com',
        logo: 'clinic-logo.svg',
      };
  /** A made-up clinic's logo and icon, added next to site.yaml as a clinic does. */
  const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" rx="6" fill="#5b2a86"/><text x="60" y="27" font-size="18" text-anchor="middle" fill="#fff">Riverside</text></svg>';
  const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#5b2a86"/><path d="M8 22 16 8l8 14z" fill="#fff"/></svg>';
  const icon = filledIn ? site.icon : 'clinic-icon.svg';
  const themeColor = filledIn ? site.themeColor : '#5b2a86';
  let root = dist;
  /** The folder of site.yaml in the content built for this test. */
  let siteDir = join(CONTENT_DIR, dirname(entryFile('site', 'site')));
  test.beforeAll(() => {
    if (filledIn) return;
    test.setTimeout(90_000);
    const dir = contentFixture(entryFile('site', 'site'), (t) => stringify({ ...parse(t), clinic, icon, themeColor }));
    siteDir = join(dir, dirname(entryFile('site', 'site')));
    writeFileSync(join(siteDir, clinic.logo!), LOGO);
    writeFileSync(join(siteDir, icon!), ICON);
    const { status, output } = runAstro('build', dir);
    expect(status, output).toBe(0);
    root = fixtureOutDir(dir);
  });
  test.afterAll(removeFixtures);

  /** Serves the clinic's build at http://clinic.test/. */
  async function serveClinic(page: Page) {
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
    await page.route('http://clinic.test/**', async (route) => {
      let path = join(root, decodeURIComponent(new URL(route.request().url()).pathname));
      if (!extname(path)) path = join(path, 'index.html');
      if (!existsSync(path)) return route.fulfill({ status: 404 });
      return route.fulfill({ body: readFileSync(path), contentType: types[extname(path)] ?? 'application/octet-stream' });
    });
  }

  test('shows its logo on the handout, and its own icon and color in the tab and on home screens (files next to site.yaml)', async ({ page }) => {
    test.skip(!clinic.logo || !icon, 'the content under test names no logo or icon of its own');
    await serveClinic(page);
    await page.goto('http://clinic.test/handout/');
    const logo = page.getByRole('region', { name: "Your clinic" }).locator('img');
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const iconHref = await page.locator('link[rel="icon"]').getAttribute('href');
    const published = join(root, new URL(iconHref!, page.url()).pathname);
    expect(readFileSync(published, 'utf8')).toBe(readFileSync(join(siteDir, icon!), 'utf8'));
    // Home-screen icons are drawn from the clinic's icon, not the project's.
    const homeIcon = (dir: string) => readFileSync(join(dir, 'icons', 'icon-192.png'));
    if (root !== dist) expect(homeIcon(root).equals(homeIcon(dist))).toBe(false);
    // On the full-bleed icons (maskable, Apple) the drawing sits on a square of the clinic's color.
    if (themeColor) {
      const { data } = await sharp(readFileSync(join(root, 'icons', 'apple-touch-icon.png'))).raw().toBuffer({ resolveWithObject: true });
      expect(`#${[...data.subarray(0, 3)].map((n) => n.toString(16).padStart(2, '0')).join('')}`).toBe(themeColor.toLowerCase());
    }
  });

  test('prints its name and phone numbers, still on at most 2 pages', async ({ page }) => {
    await serveClinic(page);
    await page.goto('http://clinic.test/handout/');
    const phone = clinic.phone!;
    const phoneLink = page.getByRole('link', { name: phone }).first();
    await expect(phoneLink).toHaveAttribute('href', `tel:${phone.replace(/[^+\d]/g, '')}`);
    // A phone number never breaks across lines.
    expect(await phoneLink.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap');
    for (const format of FORMATS) {
      const { pages, text } = await print(page, format);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
      expectAllAdvice(text);
      expect(text).toContain(flat(clinic.name!));
      expect(text).toContain(`Your clinic's phone: ${phone}`);
      expect(text).toContain(`After hours: ${clinic.afterHoursPhone}`);
      expect(text).toContain(flat(clinic.address!.split('\n').at(-1)!));
    }
  });
});
