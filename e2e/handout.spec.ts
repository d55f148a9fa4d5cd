/**
 * The printable handout, printed by Chromium's print engine (page.pdf) and read back with poppler's pdfinfo and
 * pdftotext: at most 2 pages on US Letter and on A4, every restriction and warning sign on paper, the clinic's
 * phone (or the line to write it on). Personalized dates in two time zones, bad parameters, axe, the print
 * stylesheet of other pages, and a build with a clinic's details filled in.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';
import { contentFixture, removeFixtures, runAstro } from '../tests/helpers/fixture-build';
import { WARNING_TIER_LABELS } from '../src/schemas/vocabulary';

const contentDir = resolve(import.meta.dirname, '..', process.env['CONTENT_DIR'] ?? 'content');
const dist = resolve(import.meta.dirname, '..', process.env['E2E_DIST'] ?? 'dist');
const yaml = (path: string) => parse(readFileSync(join(contentDir, path), 'utf8'));
const entries = (folder: string) =>
  readdirSync(join(contentDir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...yaml(join(folder, f)) }));

const restrictions = entries('restrictions') as { id: string; label: string; windows: { procedure: string; lastDay: number }[] }[];
const signs = entries('warning-signs') as { id: string; sign: string }[];
const site = yaml('site/site.yaml') as { clinic?: { phone?: string } };
const rf = yaml('procedures/rf.yaml') as { name: string };

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
      expect(text).toContain('Day 3'); // undated: day numbers
      expect(text).not.toContain('Print this handout'); // screen-only parts stay off paper
    }
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
      await page.goto(`/handout/?date=${date}&type=rf`);
      await expect(page.locator('[data-fill="date"]').first()).toHaveText(longDate(date));
      await expect(page.locator('[data-fill="type"]').first()).toHaveText(rf.name);
      for (const r of restrictions) {
        const w = r.windows.find((x) => x.procedure === 'rf');
        if (!w) continue;
        await expect(avoidRow(page, r.label).getByRole('cell')).toHaveText([shortDate(addDays(date, w.lastDay)), shortDate(addDays(date, w.lastDay + 1))]);
      }
      await expect(page.getByRole('alert')).toBeHidden();
      if (timezoneId === 'Pacific/Auckland') {
        const { pages, text } = await print(page, 'Letter');
        expect(pages).toBeLessThanOrEqual(2);
        const first = restrictions[0]!;
        expect(text).toContain(first.label);
        expect(text).toContain(shortDate(addDays(date, first.windows[0]!.lastDay)));
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
    const sun = restrictions.find((r) => r.id === 'direct-sun')!;
    await expect(avoidRow(page, sun.label).getByRole('cell').first()).toHaveText(`Day ${sun.windows[0]!.lastDay}`);
    const { text } = await print(page, 'A4');
    expect(text).not.toContain('We could not fill in');
    expect(text).not.toContain('not a real date');

    await page.goto('/handout/?date=2026-12-01');
    await expect(page.getByRole('alert')).toContainText('needs both the date and the type');
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
    await page.goto(`/handout/?date=${addDays(new Date().toISOString().slice(0, 10), 10)}&type=rf`);
    await expect(page.locator('[data-handout]')).toHaveAttribute('data-personalized', 'rf');
    await expect(page.getByText('Want your own dates on it?'), 'the invitation to personalize is gone once dated').toBeHidden();
    await expectNoAxeViolations(page, 'personalized');
    await page.goto('/handout/?date=yesterday&type=rf');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, 'with a message');
  });
});

test('every page prints light, without navigation or search, with the address of links that leave the site', async ({ page }) => {
  await page.goto('/when-to-get-help/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  const styles = await page.evaluate(() => {
    const external = document.querySelector<HTMLAnchorElement>('main a[href^="http"]');
    return {
      background: getComputedStyle(document.body).backgroundColor,
      after: external ? getComputedStyle(external, '::after').content : '',
      href: external?.getAttribute('href') ?? '',
      tier: getComputedStyle(document.querySelector('.tier')!).breakInside,
    };
  });
  expect(styles.background).toBe('rgb(255, 255, 255)');
  expect(styles.href).not.toBe('');
  expect(styles.after).toContain(styles.href);
  expect(styles.tier).toBe('avoid');
});

test.describe('a clinic that fills in its details', () => {
  let root = '';
  test.beforeAll(() => {
    test.setTimeout(90_000);
    const dir = contentFixture('site/site.yaml', (t) =>
      t.replace(
        /^clinic:.*$/m,
        [
          'clinic:',
          '  name: "Riverside Skin & Laser Clinic"',
          '  phone: "(555) 010-4477"',
          '  afterHoursPhone: "(555) 010-9911"',
          '  address: "1200 Riverside Avenue, Suite 340\\nSpringfield, OR 97477"',
          '  website: https://riverside-skin.example.com/aftercare',
          '  email: care@riverside-skin.example.com',
          '  logo: /favicon.svg',
        ].join('\n'),
      ),
    );
    const { status, output } = runAstro('build', dir);
    expect(status, output).toBe(0);
    root = join(dir, '.dist');
  });
  test.afterAll(removeFixtures);

  test('prints its name and phone numbers, still on at most 2 pages', async ({ page }) => {
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
    await page.route('http://clinic.test/**', async (route) => {
      let path = join(root, decodeURIComponent(new URL(route.request().url()).pathname));
      if (!extname(path)) path = join(path, 'index.html');
      if (!existsSync(path)) return route.fulfill({ status: 404 });
      return route.fulfill({ body: readFileSync(path), contentType: types[extname(path)] ?? 'application/octet-stream' });
    });
    await page.goto('http://clinic.test/handout/');
    await expect(page.getByRole('link', { name: '(555) 010-4477' }).first()).toHaveAttribute('href', 'tel:5550104477');
    for (const format of FORMATS) {
      const { pages, text } = await print(page, format);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
      expectAllAdvice(text);
      expect(text).toContain('Riverside Skin & Laser Clinic');
      expect(text).toContain("Your clinic's phone: (555) 010-4477");
      expect(text).toContain('After hours: (555) 010-9911');
      expect(text).toContain('Springfield, OR 97477');
    }
  });
});
