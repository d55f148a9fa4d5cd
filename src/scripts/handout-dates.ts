/**
 * Fills in the handout's calendar dates for `?date=YYYY-MM-DD&type=<procedure>`, checked by the same validation
 * as the timeline, from the same plan engine, with the plan's data fetched from /<lang>/timeline/plan.json.
 * Bad settings leave the day numbers and show a message on screen only. Everything from the URL goes into the
 * page as text, never as HTML. Loaded by ./handout.ts only for a link with settings.
 */
import { todayIso } from '../lib/days';
import { datedWindow, formatLongDate, formatShortDate, procedureName, throughParts } from '../lib/handout';
import { readUrlParams } from '../lib/params';
import type { PlanData } from '../lib/plan';
import { isLocale } from '../schemas/vocabulary';

/** The handout's words for what this script writes, in the page's language (data-words on the handout). */
export interface HandoutScriptWords {
  needBoth: string;
  notLoaded: string;
  notNeeded: string;
  locale: string;
}

/** A span of plain text (never HTML) with a class. */
function textSpan(className: string, text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

/** The plan's data, fetched only for a link with settings: most readers print the day-number handout. */
async function loadPlanData(src: string): Promise<PlanData> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
  return ((await response.json()) as { data: PlanData }).data;
}

export async function personalize(root: HTMLElement, words: HandoutScriptWords, showProblems: (messages: string[]) => void) {
  const lang = isLocale(document.documentElement.lang) ? document.documentElement.lang : 'en';
  const params = new URLSearchParams(location.search);
  if (!params.has('date') && !params.has('type')) return;
  let data: PlanData;
  try {
    data = await loadPlanData(root.dataset['planSrc'] ?? '');
  } catch {
    showProblems([words.notLoaded]);
    return;
  }
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
    if (dates) {
      // The built cell's parts: "From Tue, Nov 17 through " may wrap, the last date stays in one piece.
      const { from, through: last } = throughParts(dates.avoidFrom && formatShortDate(dates.avoidFrom, words.locale), formatShortDate(dates.avoidThrough, words.locale), lang);
      through.replaceChildren(...(from ? [textSpan('handout-avoid__from', from)] : []), textSpan('handout-avoid__day', last));
    } else through.textContent = words.notNeeded;
    resume.textContent = dates ? formatShortDate(dates.startAgain, words.locale) : '–';
  }
  // The chart keeps only this type's bars.
  for (const track of root.querySelectorAll<HTMLElement>('[data-handout-avoid] .chart__track:has(.chart__bar)')) {
    track.hidden = !track.querySelector(`[data-procedure="${CSS.escape(type)}"]`);
  }
  root.dataset['personalized'] = type;
}
