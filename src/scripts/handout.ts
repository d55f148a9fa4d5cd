/**
 * Personalizes the printed handout in the browser. The page is static and shows day numbers; with a valid
 * `?date=YYYY-MM-DD&type=<procedure>` (checked by the same validation as the timeline) this fills in the
 * calendar dates from the same plan engine. Bad settings leave the day numbers and show a message on screen
 * only. Everything from the URL goes into the page as text, never as HTML.
 * Also: shows the Print button.
 */
import { todayIso } from '../lib/days';
import { datedWindow, formatLongDate, formatShortDate, procedureName } from '../lib/handout';
import { readUrlParams } from '../lib/params';
import type { PlanData } from '../lib/plan';
import { isLocale } from '../schemas/vocabulary';

/** The handout's words for what this script writes, in the page's language (data-words on the handout). */
interface HandoutScriptWords {
  needBoth: string;
  notNeeded: string;
  locale: string;
}

function personalize(root: HTMLElement, data: PlanData, words: HandoutScriptWords) {
  const lang = isLocale(document.documentElement.lang) ? document.documentElement.lang : 'en';
  const params = new URLSearchParams(location.search);
  if (!params.has('date') && !params.has('type')) return;
  const result = readUrlParams(location.search, { procedureIds: data.procedures.map((p) => p.id), today: todayIso(), lang });
  if (!result.ok) {
    const messages = result.problems.length
      ? result.problems.map((p) => p.message)
      : [words.needBoth];
    showProblems(messages);
    return;
  }
  const { date, type } = result.value;
  const name = procedureName(data.procedures, type) ?? type;
  for (const el of root.querySelectorAll<HTMLElement>('[data-fill="date"]')) el.textContent = formatLongDate(date, words.locale);
  for (const el of root.querySelectorAll<HTMLElement>('[data-fill="type"]')) el.textContent = name;
  for (const el of document.querySelectorAll<HTMLElement>('[data-show="dated"]')) el.hidden = false;
  for (const el of document.querySelectorAll<HTMLElement>('[data-show="undated"]')) el.hidden = true;
  for (const row of root.querySelectorAll<HTMLTableRowElement>('[data-handout-avoid] tr[data-restriction]')) {
    const restriction = data.restrictions.find((r) => r.id === row.dataset['restriction']);
    const dates = restriction && datedWindow(restriction, type, date);
    const through = row.querySelector<HTMLElement>('[data-when="through"]');
    const resume = row.querySelector<HTMLElement>('[data-when="resume"]');
    if (!through || !resume) continue;
    through.textContent = dates ? formatShortDate(dates.avoidThrough, words.locale) : words.notNeeded;
    resume.textContent = dates ? formatShortDate(dates.startAgain, words.locale) : '–';
  }
  // The chart keeps only this type's bars.
  for (const track of root.querySelectorAll<HTMLElement>('[data-handout-avoid] .chart__track:has(.chart__bar)')) {
    track.hidden = !track.querySelector(`[data-procedure="${CSS.escape(type)}"]`);
  }
  root.dataset['personalized'] = type;
}

function showProblems(messages: string[]) {
  const box = document.querySelector<HTMLElement>('[data-handout-message]');
  const list = box?.querySelector('ul');
  if (!box || !list) return;
  list.replaceChildren(
    ...messages.map((m) => {
      const li = document.createElement('li');
      li.textContent = m;
      return li;
    }),
  );
  box.hidden = false;
}

const root = document.querySelector<HTMLElement>('[data-handout]');
if (root) {
  const data = JSON.parse(root.dataset['plan'] ?? '{}') as PlanData;
  personalize(root, data, JSON.parse(root.dataset['words'] ?? '{}') as HandoutScriptWords);
  const print = document.querySelector<HTMLButtonElement>('[data-handout-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
}
