/**
 * The personalized recovery timeline (a Preact island). On the server, and without JavaScript, it renders
 * the plan of one procedure type in day numbers ("day 4"), with links to the other types' plans (their own
 * prerendered pages). In the browser it shows the form, reads the settings from the URL, else the device
 * (else it offers today's date and waits for the reader), and shows real dates in the reader's locale. Every
 * fact comes from `data`/`text` (the content); the engine is src/lib/plan.ts and the wording
 * src/lib/timeline.ts. This file holds the state; PlanForm, TodaySummary and DayList render it. Nothing
 * leaves the device: settings live in the URL and in localStorage only. Its styles (Timeline.css) are
 * imported by the page, src/components/TimelinePage.astro.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatIsoDate, type IsoDate } from '../lib/days';
import { buildPlan, type PlanData, type PlanPhase, type PlanText } from '../lib/plan';
import { daysByPhase, headline } from '../lib/timeline';
import type { ExpectedEffect } from '../lib/expected';
import { checkDate, missingDate, queryFor, resolvePlanParams, serializeParams, STORAGE_KEY, type ParamProblem } from '../lib/params';
import { PlanForm, TypeLinks } from './timeline/PlanForm';
import { TodaySummary } from './timeline/TodaySummary';
import { DayList } from './timeline/DayList';
import { TimelineChart } from './timeline/TimelineChart';
import { buildChart, type ChartWords } from '../lib/chart';
import { fill } from '../lib/words';
import type { Locale } from '../schemas/vocabulary';
import type { TimelineWords } from './timeline/words';

export interface TimelineProps {
  data: PlanData;
  text: PlanText;
  /** Normal effects and their usual days per procedure type, for each day's "What to expect". */
  expected?: readonly ExpectedEffect[];
  /** Site paths with the deploy's base path (from href() on the page). */
  paths: {
    timeline: string;
    handout: string;
    help: string;
    avoid: string;
    routine: string;
    /** The page on what is normal, for "What to expect" links. */
    normal?: string | undefined;
    /** The day-number plan page of each procedure type, by id (for readers without JavaScript). */
    types: Record<string, string>;
  };
  /** The procedure type shown before the reader chooses (default: the first). */
  initialType?: string | undefined;
  /** The warning signs, rendered by the page (static HTML). */
  children?: ComponentChildren;
  /** What the browser knows as the timeline starts (src/islands/timeline/start.ts); none on the server. */
  opening?: Opening | undefined;
  /** The page's language, and its words for the island and the chart (one language's, from the page). */
  lang: Locale;
  words: TimelineWords;
  chartWords: ChartWords;
  categoryLabels: Readonly<Record<string, string>>;
}

/** What only the browser knows, read as the island starts (src/islands/timeline/start.ts). */
export interface Opening {
  /** Today in the reader's time zone. */
  today: IsoDate;
  /** The page's query string (`?date=&type=`). */
  search: string;
  /** The settings stored on the device, if any (null when none, or when storage is blocked). */
  stored: string | null;
}

interface Settings {
  date?: IsoDate | undefined;
  type: string;
}

/** No normal effects (a stable value, so the memoized day list can tell nothing changed). */
const NO_EXPECTED: readonly ExpectedEffect[] = [];

/**
 * How much of the island the browser has drawn. The page arrives with the whole plan in day numbers (the
 * server's drawing). Hydration takes over the form (`page`), leaving the days and the chart as the page has
 * them. Then, a step each: the reader's plan beside the form (`side`: today, what to avoid), the days
 * (`days`: a phase a step when the reader's plan has the page's phases, else all at once), the chart (`all`).
 * Each step is its own task, so none holds up a tap for long on a phone. The server draws everything (`all`).
 */
type Drawn = 'page' | 'side' | 'days' | 'all';

/** Whether two plans have the same phases, in order (then the page's phases can be drawn again one by one). */
const samePhases = (a: readonly PlanPhase[], b: readonly PlanPhase[]) => a.length === b.length && a.every((p, i) => p.id === b[i]!.id);

export default function Timeline({ data, text, expected = NO_EXPECTED, paths, initialType, opening, children, lang, words, chartWords, categoryLabels }: TimelineProps) {
  const defaultType = initialType ?? data.procedures[0]?.id ?? '';
  const procedureIds = useMemo(() => data.procedures.map((p) => p.id), [data]);
  /** Today in the reader's time zone: unknown on the server, so hydration's drawing matches the page. */
  const [today, setToday] = useState<IsoDate>();
  const [drawn, setDrawn] = useState<Drawn>(opening ? 'page' : 'all');
  /** While the days are drawn a phase a step: how many are drawn. */
  const [phasesDrawn, setPhasesDrawn] = useState(1);
  const [settings, setSettings] = useState<Settings>({ type: defaultType });
  const [dateField, setDateField] = useState('');
  const [problems, setProblems] = useState<ParamProblem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const scrollToToday = useRef(false);
  const root = useRef<HTMLDivElement>(null);

  // Today matters to a plan only once it has a date: an undated plan stays the same object when the browser
  // learns today's date, so the day list (which redraws only for a new plan) is left as it is.
  const planToday = settings.date ? today : undefined;
  const plan = useMemo(
    () => buildPlan(data, settings.type, { procedureDate: settings.date, today: planToday, lang }),
    [data, settings.type, settings.date, planToday],
  );
  const chart = useMemo(() => buildChart(data, { procedures: [settings.type] }), [data, settings.type]);
  /** The phases the day list shows (those with days). */
  const phases = useMemo(() => daysByPhase(plan).map((group) => group.phase), [plan]);
  /** The phases the page's HTML holds: the first drawing's (the default type, in day numbers). */
  const [pagePhases] = useState(phases);
  const phaseByPhase = drawn === 'days' && samePhases(phases, pagePhases);
  const daysDrawn = drawn === 'all' || (drawn === 'days' && !(phaseByPhase && phasesDrawn < phases.length));
  const fmt = (date: IsoDate, weekday = true) =>
    formatIsoDate(date, { weekday, omitYear: today ? Number(today.slice(0, 4)) : undefined, locale: words.locale });

  // Open with the URL's settings, else the stored ones. With neither, the field offers today's date, but the
  // plan stays in day numbers until the reader chooses one: dated today, it would tell a reader on day 2 that
  // today is the procedure day.
  useEffect(() => {
    if (!opening) return;
    const resolved = resolvePlanParams(opening.search, opening.stored, { procedureIds, today: opening.today, defaultType, lang });
    if (resolved.problems.some((p) => p.field === 'stored')) forget();
    setToday(opening.today);
    setSettings({ date: resolved.source === 'default' ? undefined : resolved.date, type: resolved.type });
    setDateField(resolved.date ?? '');
    setProblems(resolved.problems);
    setDrawn('side');
    if (resolved.source !== 'default' && resolved.date && resolved.problems.length === 0) {
      remember({ date: resolved.date, type: resolved.type });
      scrollToToday.current = true;
    }
  }, []);

  // The next step, once the last one is on screen.
  useEffect(() => {
    if (drawn === 'side') setDrawn('days');
    else if (drawn === 'days') {
      if (daysDrawn) setDrawn('all');
      else setPhasesDrawn((n) => n + 1);
    }
  }, [drawn, phasesDrawn]);

  // Bring today into view once, when the reader's own plan opens: on a phone the summary (today, what to
  // avoid, the next change), where the reader lands; beside the days (wide screens) today's day itself.
  useEffect(() => {
    if (!scrollToToday.current || !today || !daysDrawn) return;
    scrollToToday.current = false;
    const wide = matchMedia('(min-width: 60rem)').matches;
    root.current?.querySelector(wide ? '[aria-current="date"]' : '[data-summary]')?.scrollIntoView({ block: 'start' });
  }, [plan, today, daysDrawn]);

  /** Saves settings in the URL (to bookmark or share) and on the device (for the next visit). */
  function remember(next: Settings) {
    history.replaceState(history.state, '', queryFor(next) + location.hash);
    if (!next.date) return;
    try {
      localStorage.setItem(STORAGE_KEY, serializeParams({ date: next.date, type: next.type }));
    } catch {
      // Private mode or storage off: the URL still works.
    }
  }

  function forget() {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing to remove.
    }
  }

  function apply(next: Settings) {
    setSettings(next);
    setProblems([]);
    remember(next);
    const updated = buildPlan(data, next.type, { procedureDate: next.date, today, lang });
    setAnnouncement(`${fill(words.planUpdated, { name: updated.procedure.name })} ${headline(updated, fmt, lang) ?? ''}`.trim());
  }

  /** Takes a date from the form: a problem to show, or the plan for it. */
  function takeDate(value: string, submitted: boolean) {
    setDateField(value);
    if (!value) {
      if (submitted) setProblems([missingDate(lang)]);
      return;
    }
    // While a year is being typed, the field holds years like 0002 and 0020: wait for all four digits.
    if (!submitted && /^0/.test(value)) return;
    const problem = today ? checkDate(value, today, lang) : undefined;
    if (problem) setProblems([problem]);
    else apply({ ...settings, date: value });
  }

  async function exportCalendar() {
    setExporting(true);
    setExportFailed(false);
    try {
      const { downloadIcs } = await import('./export-ics');
      const planUrl = new URL(paths.timeline + queryFor(settings), location.href).href;
      downloadIcs(plan, text, { uidDomain: location.hostname || 'localhost', planUrl, lang });
      setAnnouncement(words.calendarReady);
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  }

  const inBrowser = today !== undefined;
  /** `data-ready` once the reader's plan is drawn (the form shows, Timeline.css); `data-busy` until then, from
   * the page's HTML on: the service worker's first download waits for it (src/components/offline). */
  const ready = inBrowser && drawn === 'all';

  return (
    <div class="timeline" ref={root} data-ready={ready ? '' : undefined} data-busy={ready ? undefined : ''}>
      <div class="timeline__side">
        {/* Both are drawn: CSS shows the form where scripts run and the type links where they do not, from the
            first paint (Timeline.css), so nothing moves when the script arrives. */}
        <PlanForm
          data={data}
          text={text}
          today={today}
          dateField={dateField}
          type={settings.type}
          dateProblem={problems.find((p) => p.field === 'date')}
          onDate={takeDate}
          onType={(type) => apply({ ...settings, type })}
          showHints={inBrowser && !plan.procedureDate}
          words={words}
        />
        {data.procedures.length > 1 && <TypeLinks data={data} type={settings.type} typePaths={paths.types} words={words} />}

        <div id="timeline-problems" class="timeline__problems" aria-live="polite">
          {problems.map((p) => (
            <p class="callout callout--warn" key={p.message}>{p.message}</p>
          ))}
          {exportFailed && <p class="callout callout--warn">{words.calendarFailed}</p>}
        </div>
        <p class="visually-hidden" role="status">{announcement}</p>

        <div class="timeline__help callout callout--danger">
          <p>
            <strong>{words.feelsWrong}</strong> <a href={paths.help}>{words.seeHelp}</a>.
          </p>
          <details>
            <summary>{words.showSigns}</summary>
            {children}
          </details>
        </div>
        <TodaySummary plan={plan} data={data} text={text} inBrowser={inBrowser} fmt={fmt} lang={lang} words={words} />

        <div class="timeline__actions">
          {inBrowser && plan.procedureDate && (
            <button class="button" type="button" onClick={exportCalendar} disabled={exporting}>
              {words.addToCalendar}
            </button>
          )}
          {inBrowser && (
            <button class="button button--secondary" type="button" onClick={() => window.print()}>
              {words.printPlan}
            </button>
          )}
          <a class="button button--secondary" href={paths.handout + (plan.procedureDate ? queryFor(settings) : '')} data-handout-link>
            {words.printHandout}
          </a>
        </div>

        <p class="timeline__links">
          <a href={paths.avoid}>{words.whyAvoid}</a> · <a href={paths.routine}>{words.howRoutine}</a>
        </p>
      </div>

      <div class="timeline__plan" data-plan-type={plan.procedure.id} data-procedure-date={plan.procedureDate}>
        <TimelineChart plan={plan} chart={chart} categoryLabels={categoryLabels} words={words} chartWords={chartWords} waiting={drawn !== 'all'} />
        <DayList
          plan={plan}
          text={text}
          fmt={fmt}
          expected={expected}
          normalPath={paths.normal}
          lang={lang}
          words={words}
          waiting={drawn === 'page' || drawn === 'side'}
          pagePhases={pagePhases}
          drawPhases={phaseByPhase ? phasesDrawn : undefined}
        />
      </div>
    </div>
  );
}
