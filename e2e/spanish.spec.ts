/**
 * The Spanish site in the browser (when the content publishes Spanish): the timeline in Spanish with a fixed
 * clock in two time zones, its calendar file in Spanish, polite Spanish messages for hostile input (shown as
 * text, never run), the language switch keeping the plan, search finding Spanish pages only, and the Spanish
 * PDFs. Axe, CSP, 320 px and 200s for every /es/ page run in every-page.spec.ts (it visits every built page).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST_DIR } from './built-pages';
import { CONTENT_DIR } from '../tests/helpers/content';
import { siteLanguages } from '../src/i18n/languages';
import { procedures } from './site-pages';

test.skip(!siteLanguages(CONTENT_DIR).includes('es'), 'the content publishes English only');

/** 20:00 UTC: noon in Los Angeles (27 November), already 09:00 the next day in Auckland (28 November). */
const NOW = new Date('2026-11-27T20:00:00Z');
const type = procedures()[0]!.id;

async function open(page: Page, path: string) {
  await page.clock.setFixedTime(NOW);
  await page.goto(path);
  await expect(page.locator('.timeline[data-ready]')).toBeAttached();
}

/** English words the timeline shows in English: none may appear on the Spanish timeline. */
const ENGLISH = /\b(Today|Avoid|avoid|day \d|Days? \d|You can|Routine|What to expect|through)\b/;

for (const [timezoneId, today, todayWords] of [
  ['America/Los_Angeles', '2026-11-27', 'viernes, 27 de noviembre'],
  ['Pacific/Auckland', '2026-11-28', 'sábado, 28 de noviembre'],
] as const) {
  test.describe(`the Spanish timeline in ${timezoneId}`, () => {
    test.use({ timezoneId, locale: 'es-US' });

    test('dates, summary and days read in Spanish, from the reader\'s own today', async ({ page }) => {
      await open(page, `/es/timeline/?date=2026-11-25&type=${type}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      const summary = page.locator('[data-summary]');
      await expect(summary.getByRole('heading', { level: 2 })).toHaveText(`Hoy, ${todayWords}`);
      const dayNumber = today === '2026-11-27' ? 2 : 3;
      await expect(summary).toContainText(`Hoy es el día ${dayNumber} de su recuperación.`);
      await expect(page.locator('[data-day="0"]').first()).toHaveAttribute('data-date', '2026-11-25');
      await expect(page.locator('[data-day="0"]').first()).toContainText('miércoles, 25 de noviembre');
      await expect(page.locator('[aria-current="date"]')).toContainText('Hoy');
      expect(await page.getByRole('main').innerText()).not.toMatch(ENGLISH);
    });
  });
}

test.describe('the Spanish timeline, used', () => {
  test.use({ timezoneId: 'America/Los_Angeles', locale: 'es-US' });

  test('a typed date updates the plan, announced in Spanish, and the calendar file is in Spanish', async ({ page }) => {
    await open(page, `/es/timeline/?type=${type}`);
    await page.getByLabel('Fecha de su tratamiento').fill('2026-11-20');
    await expect(page.getByRole('status').filter({ hasText: 'Plan actualizado para' })).toBeAttached();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Agregar las fechas a mi calendario' }).click(),
    ]);
    const ics = readFileSync((await download.path())!, 'utf8').replace(/\r?\n[ \t]/g, '');
    const summaries = [...ics.matchAll(/^SUMMARY:(.*)$/gm)].map((m) => m[1]!);
    expect(summaries.length).toBeGreaterThan(1);
    for (const summary of summaries) expect(summary).toMatch(/, día \d+: (puede volver a empezar|vuelve a su rutina de siempre)/);
    expect(ics).toContain('Desde hoy puede volver a empezar con esto:');
    expect(ics).not.toMatch(/you can start again|Your plan:/);
  });

  test('hostile values in the address are shown as Spanish text, never run, and the page still works', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    await open(page, `/es/timeline/?date=${encodeURIComponent(hostile)}&type=${encodeURIComponent('<script>alert(2)</script>')}`);
    const problems = page.locator('#timeline-problems');
    await expect(problems).toContainText('No pudimos leer la fecha');
    await expect(problems).toContainText('No conocemos el tipo de tratamiento');
    await expect(problems.locator('img, script')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mi plan de recuperación');
    await page.getByLabel('Fecha de su tratamiento').fill('2026-11-20');
    await expect(page.locator('[data-day="0"]').first()).toHaveAttribute('data-date', '2026-11-20');

    await page.goto(`/es/handout/?date=${encodeURIComponent(hostile)}&type=${type}`);
    await expect(page.locator('[data-handout-message]')).toContainText('No pudimos leer la fecha');
    await expect(page.locator('[data-handout-message] img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('the language switch opens the same plan in the other language, keeping ?date=&type=', async ({ page }) => {
    await open(page, `/timeline/?date=2026-11-20&type=${type}`);
    await page.getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(new RegExp(`/es/timeline/\\?date=2026-11-20&type=${type}$`));
    await expect(page.locator('[data-day="0"]').first()).toHaveAttribute('data-date', '2026-11-20');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/timeline/\\?date=2026-11-20&type=${type}$`));
    await page.goto(`/es/handout/?date=2026-11-20&type=${type}`);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/handout/\\?date=2026-11-20&type=${type}$`));
  });
});

test('search on /es/ is in Spanish and finds Spanish pages only', async ({ page }) => {
  await page.goto('/es/cleansing/');
  await page.getByRole('searchbox', { name: 'Buscar en la guía' }).fill('piscina');
  await expect(page.getByRole('status')).toContainText('para “piscina”');
  const links = page.getByRole('search').getByRole('list').getByRole('link');
  await expect(links.first()).toBeVisible();
  for (const href of await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))) {
    expect(href).toMatch(/^\/es\//);
  }
});

test('the Spanish handout PDFs are in Spanish', () => {
  for (const file of ['handout-es-letter.pdf', 'handout-es-a4.pdf']) {
    test.skip(!existsSync(join(DIST_DIR, file)), 'no PDFs in this build: run `npm run pdf` after the build');
    const text = execFileSync('pdftotext', [join(DIST_DIR, file), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Qué evitar y hasta cuándo');
    expect(text).toContain('Cuándo pedir ayuda');
    expect(text).not.toMatch(/What to avoid|When to get help|Your daily routine/);
  }
});
