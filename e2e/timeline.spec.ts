/**
 * The recovery timeline in a real browser, in two time zones (Los Angeles and Auckland, which are on
 * different calendar days for much of the day): date entry, type change, URL round trip, reload and stored
 * state, calendar download, bad input, keyboard use, accessibility and the page without JavaScript.
 * Expected facts are read from the content under test (CONTENT_DIR; never typed here), through an oracle
 * independent of the app (tests/helpers/plan-oracle.ts); "today" is fixed with page.clock.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { dateValue, parseIcs } from '../tests/helpers/ical';
import { avoidOn, daysBetween, literally, plusDays, preparation, procedures, restrictions, tips } from '../tests/helpers/content';
import { milestoneDays, requiredRange } from '../tests/helpers/plan-oracle';

/** Expected facts, read from the content with no app code in between. */
const data = { procedures: procedures(), restrictions: restrictions(), preparation: preparation() };
const labelOf = (id: string) => data.restrictions.find((r) => r.id === id)!.label;
/** The default type (the first) and another one to switch to (the last; the same when there is only one). */
const [first, other] = [data.procedures[0]!, data.procedures.at(-1)!];
/** A type id the content does not have. */
const unknownType = data.procedures.some((p) => p.id === 'laser') ? 'not-a-type' : 'laser';

/** The calendar date of an instant in a time zone. */
const dateIn = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/** 20:00 UTC: noon in Los Angeles (27 November), already 09:00 the next day in Auckland (28 November). */
const NOW = new Date('2026-11-27T20:00:00Z');

async function open(page: Page, path: string, now = NOW) {
  await page.clock.setFixedTime(now);
  await page.goto(path);
  // The island marks itself ready once it has read the URL and the device and drawn the reader's plan.
  await expect(page.locator('.timeline[data-ready]')).toBeAttached();
}

const dateInput = (page: Page) => page.getByLabel('Date of your procedure');
const day = (page: Page, n: number) => page.locator(`[data-day="${n}"]`);

/** The shown days and the merged runs of quiet days ("Days 9 to 13: no changes"), in order. */
async function dayEntries(page: Page) {
  return page.locator('.timeline [data-day]').evaluateAll((els) =>
    els.map((el) => ({
      day: Number(el.getAttribute('data-day')),
      last: Number(el.getAttribute('data-last-day') ?? el.getAttribute('data-day')),
      date: el.getAttribute('data-date'),
      avoid: el.hasAttribute('data-last-day') ? undefined : [...el.querySelectorAll('[data-list="avoid"] li')].map((li) => li.textContent?.trim()),
    })),
  );
}

/** Every day the content needs is in exactly one entry (a day, or a run of quiet days), one after the other. */
async function expectPlanDays(page: Page, type: string) {
  const days = await dayEntries(page);
  const { first: from, last: to } = requiredRange(data, type);
  expect(days[0]!.day, `${type}: first day`).toBeLessThanOrEqual(from);
  expect(days.at(-1)!.last, `${type}: last day`).toBeGreaterThanOrEqual(to);
  for (const [i, d] of days.entries()) if (i > 0) expect(d.day, 'no day left out').toBe(days[i - 1]!.last + 1);
  return days;
}

async function expectDayDates(page: Page, procedureDate: string, type: string) {
  const days = await expectPlanDays(page, type);
  for (const [i, d] of days.entries()) {
    expect(d.date, `day ${d.day}`).toBe(plusDays(procedureDate, d.day));
    if (i > 0) expect(daysBetween(days[i - 1]!.date!, d.date!), `day ${d.day}`).toBe(d.day - days[i - 1]!.day);
  }
}

for (const timezoneId of ['America/Los_Angeles', 'Pacific/Auckland']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId, locale: 'en-US' });
    const today = dateIn(NOW, timezoneId);

    test('entering a date and a type shows the dated plan, marks today and keeps it in the URL', async ({ page }) => {
      await open(page, '/timeline/');
      await expect(dateInput(page)).toHaveValue(today); // the field offers today, in the reader's zone
      // ... but the plan waits for the reader's date: dated today, it would call today the procedure day.
      await expect(page.locator('[data-summary]')).toContainText('Choose the date of your procedure to see the real dates.');
      await expect(page.locator('.timeline [data-date]')).toHaveCount(0);
      const procedureDate = plusDays(today, -2);
      await dateInput(page).fill(procedureDate);
      await expect(page).toHaveURL(new RegExp(`\\?date=${procedureDate}&type=${first.id}$`));
      await expectDayDates(page, procedureDate, first.id);

      const current = page.locator('[aria-current="date"]');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('data-day', '2');
      await expect(current).toHaveAttribute('data-date', today);
      await expect(current.locator('[data-list="avoid"] li')).toHaveText(avoidOn(first.id, 2));
      await expect(page.locator('[data-summary]')).toContainText('Today is day 2 of your recovery.');
      // Today's list, grouped by the day each thing ends: every restriction of the day, once.
      await expect(page.locator('[data-summary-avoid] li')).toHaveCount(avoidOn(first.id, 2).length);
      expect((await page.locator('[data-summary-avoid] li').allTextContents()).sort()).toEqual([...avoidOn(first.id, 2)].sort());

      await page.getByRole('radio', { name: other.name }).check();
      await expect(page).toHaveURL(new RegExp(`\\?date=${procedureDate}&type=${other.id}$`));
      await expect(page.locator('[data-plan-type]')).toHaveAttribute('data-plan-type', other.id);
      await expect(page.getByRole('status')).toContainText(`Plan updated for ${other.name}`);
      await expect(page.getByRole('link', { name: 'Print my handout' })).toHaveAttribute('href', `/handout/?date=${procedureDate}&type=${other.id}`);
      await expectDayDates(page, procedureDate, other.id);
    });

    test('the plan comes back from the URL, after a reload and on a bare visit, with today in view', async ({ page, browser }) => {
      const procedureDate = plusDays(today, -5);
      await open(page, `/timeline/?date=${procedureDate}&type=${other.id}`);
      await expect(dateInput(page)).toHaveValue(procedureDate);
      await expect(page.getByRole('radio', { name: other.name })).toBeChecked();
      await expect(day(page, 5)).toHaveAttribute('aria-current', 'date');
      await expect(day(page, 5)).toBeInViewport();

      await page.reload();
      await expect(day(page, 5)).toHaveAttribute('aria-current', 'date');
      await expect(page.getByRole('radio', { name: other.name })).toBeChecked();

      // A bare visit restores the plan stored on this device, and puts it back in the URL to share.
      await page.goto('/timeline/');
      await expect(page).toHaveURL(new RegExp(`\\?date=${procedureDate}&type=${other.id}$`));
      await expect(day(page, 5)).toHaveAttribute('aria-current', 'date');

      // Someone else opening the shared link sees the same plan (a fresh browser, nothing stored).
      const elsewhere = await browser.newContext({ timezoneId, locale: 'en-US' });
      const shared = await elsewhere.newPage();
      await shared.clock.setFixedTime(NOW);
      await shared.goto(page.url());
      // The island draws the days a phase at a time: read them all once it says the plan is drawn.
      await expect(shared.locator('.timeline[data-ready]')).toBeAttached();
      await expect(shared.locator('[aria-current="date"]')).toHaveAttribute('data-day', '5');
      await expectDayDates(shared, procedureDate, other.id);
      await elsewhere.close();
    });

    test('days keep their dates across a daylight-saving change', async ({ page }) => {
      // Los Angeles springs forward on 2026-03-08; Auckland falls back on 2026-04-05.
      const [procedureDate, now] = timezoneId === 'America/Los_Angeles'
        ? ['2026-03-06', new Date('2026-03-09T19:00:00Z')]
        : ['2026-04-03', new Date('2026-04-05T23:00:00Z')];
      await open(page, `/timeline/?date=${procedureDate}&type=${first.id}`, now);
      const expectedToday = daysBetween(procedureDate, dateIn(now, timezoneId));
      await expect(page.locator('[aria-current="date"]')).toHaveAttribute('data-day', String(expectedToday));
      await expectDayDates(page, procedureDate, first.id);
    });

    test('the calendar file is valid iCalendar with all-day events on the plan dates', async ({ page }) => {
      const procedureDate = plusDays(today, -1);
      await open(page, `/timeline/?date=${procedureDate}&type=${other.id}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Add the dates to my calendar' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`recovery-plan-${procedureDate}-${other.id}.ics`);
      const calendar = parseIcs(await readFile((await download.path())!, 'utf8'));

      const resumeDays = new Map<number, string[]>();
      for (const r of data.restrictions) {
        const w = r.windows.find((x) => x.procedure === other.id);
        if (w) resumeDays.set(w.lastDay + 1, [...(resumeDays.get(w.lastDay + 1) ?? []), r.id]);
      }
      const expectedDays = milestoneDays(data, other.id);
      expect(calendar.events.map((e) => dateValue(e.one('DTSTART').value))).toEqual(expectedDays.map((d) => plusDays(procedureDate, d)));
      for (const [i, event] of calendar.events.entries()) {
        const start = dateValue(event.one('DTSTART').value);
        expect(dateValue(event.one('DTEND').value)).toBe(plusDays(start, 1));
        for (const id of resumeDays.get(expectedDays[i]!) ?? []) expect(event.text('DESCRIPTION')).toContain(labelOf(id));
      }
      expect(calendar.events.at(-1)!.text('SUMMARY')).toContain('back to your usual routine');
    });
  });
}

test.describe('bad input', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });
  const cases: [string, string | RegExp][] = [
    [`?date=garbage&type=${other.id}`, 'We could not read the date “garbage”. Please choose the date of your procedure.'],
    [`?date=2026-02-30&type=${other.id}`, '“2026-02-30” is not a real date. Please choose the date of your procedure.'],
    [`?date=2028-06-01&type=${other.id}`, 'That date is more than a year from today. Please check the date of your procedure.'],
    [`?date=2026-11-20&type=${unknownType}`, `We do not know the procedure type “${unknownType}”. Please choose one from the list.`],
    ['?date=2026-11-20&type=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E', 'We do not know the procedure type “<script>window.__pwned=1…”. Please choose one from the list.'],
  ];
  for (const [query, message] of cases) {
    test(`${query} shows a polite message next to a working form`, async ({ page }) => {
      await open(page, `/timeline/${query}`);
      await expect(page.locator('#timeline-problems')).toHaveAttribute('aria-live', 'polite');
      await expect(page.locator('#timeline-problems')).toContainText(message);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(page.locator('.timeline script, .timeline img, .timeline b')).toHaveCount(0); // text, never markup
      await expect(page.locator('.timeline__plan [data-day]:visible').first()).toBeVisible(); // the plan is there
      // The form still works: a good date replaces the message with the dated plan.
      await dateInput(page).fill('2026-11-25');
      await expect(page.locator('#timeline-problems')).toHaveText('');
      await expect(page.locator('[aria-current="date"]')).toHaveAttribute('data-day', '2');
    });
  }

  test('corrupt stored state starts a new plan, says so, and is cleared', async ({ page }) => {
    await open(page, '/timeline/');
    await page.evaluate(() => localStorage.setItem('aftercare-plan', '{"date":'));
    await page.reload();
    await expect(page.locator('#timeline-problems')).toContainText('Your saved plan could not be read, so we started a new one.');
    await expect(dateInput(page)).toHaveValue('2026-11-27');
    expect(await page.evaluate(() => localStorage.getItem('aftercare-plan'))).toBeNull();
  });

  test('sending the form without a date asks for one', async ({ page }) => {
    await open(page, '/timeline/');
    await dateInput(page).fill('');
    await page.getByRole('button', { name: 'Show my plan' }).click();
    await expect(page.locator('#timeline-problems')).toHaveText('Please choose the date of your procedure.');
    await expect(dateInput(page)).toHaveAttribute('aria-invalid', 'true');
  });
});

test.describe('for everyone', () => {
  test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });

  test('works with the keyboard alone', async ({ page }) => {
    await open(page, '/timeline/');
    for (let i = 0; i < 40 && !(await dateInput(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(dateInput(page)).toBeFocused();
    await page.keyboard.type('11252'); // mm dd yyyy in en-US; the year is half typed (0002)
    await expect(page.locator('#timeline-problems')).toHaveText(''); // no message while typing
    await page.keyboard.type('026');
    await expect(page).toHaveURL(new RegExp(`\\?date=2026-11-25&type=${first.id}$`));
    // Tab leaves the date field (Chromium may stop once more inside it, on its calendar button).
    const firstRadio = page.getByRole('radio', { name: first.name });
    for (let i = 0; i < 3 && !(await firstRadio.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(firstRadio).toBeFocused();
    if (data.procedures.length > 1) {
      // Arrow keys move between the types (the second one in the content's order).
      await page.keyboard.press('ArrowDown');
      await expect(page).toHaveURL(new RegExp(`\\?date=2026-11-25&type=${data.procedures[1]!.id}$`));
    }
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Show my plan' })).toBeFocused();
    // The warning signs open from the keyboard too.
    const signs = page.getByText('Show the warning signs');
    for (let i = 0; i < 20 && !(await signs.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(signs).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.timeline__help details')).toHaveAttribute('open', '');
    await expect(page.locator('.timeline__help [data-tier="urgent"]')).toBeVisible();
  });

  test('on the day something may start again, the plan says what still applies (its afterwards tips)', async ({ page }) => {
    const withAfterwards = data.restrictions.filter((r) => (r.afterwards ?? []).length > 0 && r.windows.some((w) => w.procedure === first.id));
    test.skip(withAfterwards.length === 0, 'no restriction in this content names tips for afterwards');
    await open(page, `/timeline/?type=${first.id}`);
    for (const r of withAfterwards) {
      const resumeDay = r.windows.find((w) => w.procedure === first.id)!.lastDay + 1;
      const resume = day(page, resumeDay).locator('.day__resume');
      await expect(resume.locator(`[data-restriction="${r.id}"]`)).toContainText(literally(r.label));
      for (const id of r.afterwards!) {
        const tip = tips().find((t) => t.id === id)!;
        await expect(resume, `${r.id}: ${id}`).toContainText(tip.label);
        if (tip.clinicRange) await expect(resume, `${r.id}: ${id}'s range`).toContainText(tip.clinicRange);
      }
    }
  });

  test('the warning signs are one click away', async ({ page }) => {
    await open(page, `/timeline/?date=2026-11-25&type=${other.id}`);
    await expect(page.getByRole('link', { name: 'See when to get help' })).toHaveAttribute('href', '/when-to-get-help/');
    await page.getByText('Show the warning signs').click();
    await expect(page.locator('.timeline__help [data-tier="urgent"] li').first()).toBeVisible();
  });

  test('passes axe with a plan and with a message, and fits 320 px', async ({ page }) => {
    // Two full axe runs on the longest page: more than 30 s when the 2 cores are busy.
    test.slow();
    await page.setViewportSize({ width: 320, height: 800 });
    await open(page, `/timeline/?date=2026-11-25&type=${other.id}`);
    await expectNoAxeViolations(page, 'dated plan');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await open(page, '/timeline/?date=garbage');
    await expectNoAxeViolations(page, 'with a message');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test("when the plan's data cannot load, the day-number plan stays, and the page says why there is no date form", async ({ page }) => {
  await page.route('**/timeline/plan.json', (route) => route.abort());
  await page.goto(`/timeline/?date=2026-11-25&type=${first.id}`);
  await expect(page.getByRole('status').filter({ hasText: 'The date form could not load' })).toBeVisible();
  await expect(dateInput(page)).toBeHidden();
  if (data.procedures.length > 1) await expect(page.getByRole('navigation', { name: 'Type of procedure' })).toBeVisible();
  await expectPlanDays(page, first.id);
  await expect(page.locator('[data-date]')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('offers a day-number plan for each procedure type by link, and no date form that could not work', async ({ page }) => {
    // A shared link with a date cannot be used without JavaScript, and the page must not pretend it is.
    await page.goto(`/timeline/?date=2026-11-25&type=${other.id}`);
    await expect(dateInput(page)).toBeHidden();
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show my plan' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add the dates to my calendar' })).toHaveCount(0);
    await expect(page.locator('[data-summary]')).toContainText('To see real dates, turn on JavaScript');
    await expectPlanDays(page, first.id);
    // Each type has its own day-number page, linked from the others (only when there is more than one type).
    for (const procedure of data.procedures) {
      if (data.procedures.length > 1) {
        await page.getByRole('navigation', { name: 'Type of procedure' }).getByRole('link', { name: procedure.name }).click();
        await expect(page).toHaveURL(new RegExp(`/timeline/${procedure.id}/$`));
      } else {
        await page.goto(`/timeline/${procedure.id}/`);
      }
      await expect(page.locator('[data-plan-type]')).toHaveAttribute('data-plan-type', procedure.id);
      await expect(page.locator('[data-date]')).toHaveCount(0);
      // Complete: a shown day lists all it avoids; a merged run of quiet days repeats the day before it.
      for (const d of await expectPlanDays(page, procedure.id)) {
        if (d.avoid) expect(d.avoid, `${procedure.id}, day ${d.day}`).toEqual(avoidOn(procedure.id, d.day));
        else for (let n = d.day; n <= d.last; n++) expect(avoidOn(procedure.id, n), `${procedure.id}, day ${n}`).toEqual(avoidOn(procedure.id, d.day - 1));
      }
      // Each day on which something may start again is shown on its own.
      for (const n of milestoneDays(data, procedure.id)) {
        if (avoidOn(procedure.id, n).join() === avoidOn(procedure.id, n - 1).join()) continue;
        await expect(day(page, n), `${procedure.id}, day ${n}`).toHaveCount(1);
        await expect(day(page, n)).not.toHaveAttribute('data-last-day');
      }
      // Nothing folded away without a date.
      await expect(page.locator('.phase__over')).toHaveCount(0);
    }
  });
});
