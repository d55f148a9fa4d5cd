/**
 * The personalized recovery timeline (a Preact island). On the server, and without JavaScript, it renders
 * the plan in day numbers ("day 4") under a form that still works (GET to /timeline/). In the browser it
 * reads the settings from the URL, else the device, else today's date, and shows real dates in the
 * reader's locale. Every fact comes from `data`/`text` (the content); the engine is src/lib/plan.ts.
 * Nothing leaves the device: settings live in the URL and in localStorage only.
 */
import type { ComponentChildren } from 'preact';
import './Timeline.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { addCalendarDays, formatIsoDate, todayIso, type IsoDate } from '../lib/days';
import { buildPlan, PHASE_LABELS, type Milestone, type Plan, type PlanData, type PlanDay, type PlanText } from '../lib/plan';
import { expectedOn, type ExpectedEffect } from '../lib/expected';
import {
  checkDate,
  MAX_DAYS_FROM_TODAY,
  MISSING_DATE,
  queryFor,
  resolvePlanParams,
  serializeParams,
  STORAGE_KEY,
  type ParamProblem,
} from '../lib/params';

export interface TimelineProps {
  data: PlanData;
  text: PlanText;
  /** Normal effects and their usual days per procedure type, for each day's "What to expect". */
  expected?: readonly ExpectedEffect[];
  /** Site paths with the deploy's base path (from href() on the page); `normal`: the page on what is normal. */
  paths: { timeline: string; handout: string; help: string; avoid: string; routine: string; normal?: string | undefined };
  /** The warning signs, rendered by the page (static HTML). */
  children?: ComponentChildren;
}

interface Settings {
  date?: IsoDate | undefined;
  type: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The heading of a day: "3 days before", "Day 0: procedure day", "Day 4". */
function dayTitle(day: number): string {
  if (day < 0) return `${plural(-day, 'day')} before`;
  return day === 0 ? 'Day 0: procedure day' : `Day ${day}`;
}

export default function Timeline({ data, text, expected = [], paths, children }: TimelineProps) {
  const defaultType = data.procedures[0]?.id ?? '';
  const procedureIds = useMemo(() => data.procedures.map((p) => p.id), [data]);
  /** Today in the reader's time zone: unknown on the server, so the first render matches it. */
  const [today, setToday] = useState<IsoDate>();
  const [settings, setSettings] = useState<Settings>({ type: defaultType });
  const [dateField, setDateField] = useState('');
  const [problems, setProblems] = useState<ParamProblem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const scrollToToday = useRef(false);
  const root = useRef<HTMLDivElement>(null);

  const plan = useMemo(
    () => buildPlan(data, settings.type, { procedureDate: settings.date, today }),
    [data, settings, today],
  );
  const label = (id: string, list: readonly { id: string; label: string }[]) => list.find((x) => x.id === id)?.label ?? id;
  const restrictionLabel = (id: string) => label(id, text.restrictions);
  const fmt = (date: IsoDate, weekday = true) =>
    formatIsoDate(date, { weekday, omitYear: today ? Number(today.slice(0, 4)) : undefined });
  const list = (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

  // Open with the URL's settings, else the stored ones, else today.
  useEffect(() => {
    const now = todayIso();
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage blocked: the URL still carries the plan.
    }
    const resolved = resolvePlanParams(location.search, stored, { procedureIds, today: now, defaultType });
    if (resolved.problems.some((p) => p.field === 'stored')) forget();
    setToday(now);
    setSettings({ date: resolved.date, type: resolved.type });
    setDateField(resolved.date ?? '');
    setProblems(resolved.problems);
    if (resolved.source !== 'default' && resolved.date && resolved.problems.length === 0) {
      remember({ date: resolved.date, type: resolved.type });
      scrollToToday.current = true;
    }
  }, []);

  // Bring today into view once, when the reader's own plan opens.
  useEffect(() => {
    if (!scrollToToday.current || !today) return;
    scrollToToday.current = false;
    root.current?.querySelector('[aria-current="date"]')?.scrollIntoView({ block: 'start' });
  }, [plan, today]);

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
    const updated = buildPlan(data, next.type, { procedureDate: next.date, today });
    setAnnouncement(`Plan updated for ${updated.procedure.name}. ${headline(updated) ?? ''}`.trim());
  }

  /** Takes a date from the form: a problem to show, or the plan for it. */
  function takeDate(value: string, submitted: boolean) {
    setDateField(value);
    if (!value) {
      if (submitted) setProblems([MISSING_DATE]);
      return;
    }
    // While a year is being typed, the field holds years like 0002 and 0020: wait for all four digits.
    if (!submitted && /^0/.test(value)) return;
    const problem = today ? checkDate(value, today) : undefined;
    if (problem) setProblems([problem]);
    else apply({ ...settings, date: value });
  }

  async function exportCalendar() {
    setExporting(true);
    setExportFailed(false);
    try {
      const { downloadIcs } = await import('./export-ics');
      const planUrl = new URL(paths.timeline + queryFor(settings), location.href).href;
      downloadIcs(plan, text, { uidDomain: location.hostname || 'localhost', planUrl });
      setAnnouncement('Your calendar file is ready. Open it to add the dates to your calendar.');
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  }

  /** The first sentence about today. */
  function headline(p: Plan): string | undefined {
    const s = p.summary;
    if (!s || !p.procedureDate) return undefined;
    switch (s.stage) {
      case 'before':
        return `Your procedure is in ${plural(-s.day, 'day')}, on ${fmt(p.procedureDate)}.`;
      case 'procedure-day':
        return 'Today is the day of your procedure (day 0).';
      case 'recovery':
        return `Today is day ${s.day} of your recovery.`;
      case 'after':
        return `Your recovery period ended on ${fmt(addCalendarDays(p.procedureDate, p.recoveryEnd.day - 1))} (day ${p.recoveryEnd.day - 1}).`;
    }
  }

  /** "On Saturday, 5 December (day 4) you can start again: A and B." */
  function milestoneSentence(m: Milestone) {
    const when = m.date ? <><strong>{fmt(m.date)}</strong> (day {m.day})</> : <strong>day {m.day}</strong>;
    if (m.resume.length === 0) return <>On {when} you are back to your usual routine.</>;
    return (
      <>
        On {when} you can start again: {list(m.resume.map(restrictionLabel))}.
        {m.recoveryEnds && ' You are also back to your usual routine.'}
      </>
    );
  }

  const hydrated = today !== undefined;
  const dateProblem = problems.find((p) => p.field === 'date');
  const summary = plan.summary;
  const todayInPlan = plan.days.some((d) => d.isToday);
  const routineLine = (ids: string[]) =>
    ids
      .map((id) => {
        const step = text.routine.find((r) => r.id === id);
        return step ? `${step.label}${step.times.length === 1 ? ` (${step.times[0]} only)` : ''}` : id;
      })
      .join(', ');
  const phases = PHASE_ORDER(plan);

  return (
    <div class="timeline" ref={root} data-ready={hydrated ? '' : undefined}>
      <div class="timeline__side">
        <form
          class="timeline__form"
          method="get"
          action={paths.timeline}
          noValidate={hydrated}
          onSubmit={(e) => {
            e.preventDefault();
            takeDate(dateField, true);
          }}
        >
          <h2 class="visually-hidden">Your procedure</h2>
          <div class="field">
            <label for="procedure-date">Date of your procedure</label>
            <input
              id="procedure-date"
              name="date"
              type="date"
              value={dateField}
              min={today ? addCalendarDays(today, -MAX_DAYS_FROM_TODAY) : undefined}
              max={today ? addCalendarDays(today, MAX_DAYS_FROM_TODAY) : undefined}
              aria-invalid={dateProblem ? 'true' : undefined}
              aria-describedby={dateProblem ? 'timeline-problems' : undefined}
              onInput={(e) => takeDate(e.currentTarget.value, false)}
            />
          </div>
          <fieldset class="field">
            <legend>Type of microneedling</legend>
            {data.procedures.map((p) => {
              const summary = text.procedures.find((x) => x.id === p.id)?.summary;
              return (
                <div class="choice" key={p.id}>
                  <label>
                    <input
                      type="radio"
                      name="type"
                      value={p.id}
                      checked={settings.type === p.id}
                      onChange={() => apply({ ...settings, type: p.id })}
                      aria-describedby={summary ? `type-hint-${p.id}` : undefined}
                    />
                    {p.name}
                  </label>
                  {summary && <p class="choice__hint" id={`type-hint-${p.id}`}>{summary}</p>}
                </div>
              );
            })}
          </fieldset>
          <button class="button" type="submit">Show my plan</button>
        </form>

        <div id="timeline-problems" class="timeline__problems" aria-live="polite">
          {problems.map((p) => (
            <p class="callout callout--warn" key={p.message}>{p.message}</p>
          ))}
          {exportFailed && <p class="callout callout--warn">The calendar file could not be made. Please try again.</p>}
        </div>
        <p class="visually-hidden" role="status">{announcement}</p>

        <div class="timeline__help callout callout--danger">
          <p>
            <strong>Something feels wrong?</strong> <a href={paths.help}>See when to get help</a>.
          </p>
          <details>
            <summary>Show the warning signs</summary>
            {children}
          </details>
        </div>
        <section class="timeline__summary" aria-labelledby="summary-title" data-summary>
          {summary && plan.procedureDate ? (
            <>
              <h2 id="summary-title">Today, {fmt(summary.date)}</h2>
              <p class="timeline__for">{plan.procedure.name}, on {fmt(plan.procedureDate)}</p>
              <p class="timeline__headline">{headline(plan)}</p>
              {summary.stage === 'before' && (
                <>
                  <p>Get ready:</p>
                  <ul>
                    {summary.preparation.map((s) => (
                      <li key={s.id}>
                        {label(s.id, text.preparation)}: {s.day <= summary.day ? 'now' : `from ${fmt(s.date)}`}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {summary.resume.length > 0 && (
                <p class="timeline__good">From today you can start again: {list(summary.resume.map(restrictionLabel))}.</p>
              )}
              {summary.next && <p data-summary-next>{milestoneSentence(summary.next)}</p>}
              {summary.avoid.length > 0 && (
                <>
                  <p>Today, avoid:</p>
                  <ul data-summary-avoid>
                    {summary.avoid.map((id) => <li key={id}>{restrictionLabel(id)}</li>)}
                  </ul>
                </>
              )}
              {todayInPlan && (
                <p><a href={`#day-${summary.day}`}>See today in your plan</a></p>
              )}
            </>
          ) : (
            <>
              <h2 id="summary-title">Your plan, day by day</h2>
              <p class="timeline__for">{plan.procedure.name}</p>
              <p>Day 0 is the day of your procedure. Day 1 is the next day.</p>
              <p>
                {hydrated
                  ? 'Choose the date of your procedure to see the real dates.'
                  : 'To see real dates, turn on JavaScript in your browser. Without it, the plan uses day numbers.'}
              </p>
              <p>{milestoneSentence(plan.milestones[0] ?? plan.recoveryEnd)}</p>
            </>
          )}
        </section>

        <div class="timeline__actions">
          {hydrated && plan.procedureDate && (
            <button class="button" type="button" onClick={exportCalendar} disabled={exporting}>
              Add the dates to my calendar
            </button>
          )}
          {hydrated && (
            <button class="button button--secondary" type="button" onClick={() => window.print()}>
              Print this plan
            </button>
          )}
          <a class="button button--secondary" href={paths.handout + (plan.procedureDate ? queryFor(settings) : '')} data-handout-link>
            Print my handout
          </a>
        </div>

        <p class="timeline__links">
          <a href={paths.avoid}>Why to avoid each thing</a> · <a href={paths.routine}>How to do your routine</a>
        </p>
      </div>

      <div class="timeline__plan" data-plan-type={plan.procedure.id} data-procedure-date={plan.procedureDate}>
        {phases.map(({ phase, days }) => (
          <section key={phase} aria-labelledby={`phase-${phase}`} class={`phase phase--${phase}`}>
            <h2 id={`phase-${phase}`}>{PHASE_LABELS[phase]}</h2>
            <ol class="day-list">
              {days.map((d) => (
                <Day
                  key={d.day}
                  d={d}
                  fmt={fmt}
                  restrictionLabel={restrictionLabel}
                  text={text}
                  routineLine={routineLine}
                  expect={expectedOn(expected, plan.procedure.id, d.day)}
                  normalPath={paths.normal}
                />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}

/** The plan's days grouped by phase, in order. */
function PHASE_ORDER(plan: Plan) {
  const groups: { phase: PlanDay['phase']; days: PlanDay[] }[] = [];
  for (const d of plan.days) {
    const last = groups[groups.length - 1];
    if (last && last.phase === d.phase) last.days.push(d);
    else groups.push({ phase: d.phase, days: [d] });
  }
  return groups;
}

interface DayProps {
  d: PlanDay;
  fmt: (date: IsoDate, weekday?: boolean) => string;
  restrictionLabel: (id: string) => string;
  text: PlanText;
  routineLine: (ids: string[]) => string;
  /** The normal effects of this day. */
  expect: readonly ExpectedEffect[];
  normalPath?: string | undefined;
}

/** One day: data-day / data-date and the avoid list (data-list="avoid") are a contract other checks use. */
/** "Which date wins" for the overlapping rows in a list (AHA peels are chemical exfoliators), each pair once. */
function OverlapNotes({ ids, text }: { ids: readonly string[]; text: PlanText }) {
  const seen = new Set<string>();
  const notes = ids.flatMap((id) =>
    (text.restrictions.find((r) => r.id === id)?.overlaps ?? []).filter((o) => {
      const pair = [id, o.other].sort().join(' ');
      if (seen.has(pair)) return false;
      seen.add(pair);
      return true;
    }),
  );
  return notes.length ? <p class="note overlap-note"><strong>Which date wins:</strong> {notes.map((n) => n.text).join(' ')}</p> : null;
}

function Day({ d, fmt, restrictionLabel, text, routineLine, expect, normalPath }: DayProps) {
  const quiet = d.avoid.length === 0 && d.resume.length === 0 && d.prepare.length === 0 && expect.length === 0;
  return (
    <li
      id={`day-${d.day}`}
      class={`day${d.isToday ? ' day--today' : ''}${quiet ? ' day--quiet' : ''}`}
      data-day={d.day}
      data-date={d.date}
      aria-current={d.isToday ? 'date' : undefined}
    >
      <h3 class="day__title">
        <span>{dayTitle(d.day)}</span>
        {d.date && <span class="day__date">{fmt(d.date)}</span>}
        {d.isToday && <span class="day__today">Today</span>}
      </h3>
      {expect.length > 0 && (
        <div class="day__expect">
          <p><strong>What to expect:</strong></p>
          <ul data-list="expect">
            {expect.map((e) => <li key={e.id}>{normalPath ? <a href={`${normalPath}#expect-${e.id}`}>{e.label}</a> : e.label}</li>)}
          </ul>
        </div>
      )}
      {d.prepare.length > 0 && (
        <ul class="day__prepare">
          {d.prepare.map((id) => {
            const step = text.preparation.find((p) => p.id === id);
            return <li key={id}><strong>{step?.label ?? id}.</strong> {step?.instruction}</li>;
          })}
        </ul>
      )}
      {d.resume.length > 0 && (
        <div class="day__resume">
          <p><strong>You can start again:</strong></p>
          <ul data-list="resume">
            {d.resume.map((id) => {
              const r = text.restrictions.find((x) => x.id === id);
              return <li key={id}>{restrictionLabel(id)}{r?.note && <span class="note"> {r.note}</span>}</li>;
            })}
          </ul>
          <OverlapNotes ids={d.resume} text={text} />
        </div>
      )}
      {d.avoid.length > 0 && (
        <div class="day__avoid">
          <p><strong>Avoid:</strong></p>
          <ul data-list="avoid">
            {d.avoid.map((id) => <li key={id}>{restrictionLabel(id)}</li>)}
          </ul>
          <OverlapNotes ids={d.avoid} text={text} />
        </div>
      )}
      {d.routine.length > 0 && (
        <p class="day__routine"><strong>Routine:</strong> {routineLine(d.routine)}</p>
      )}
      {d.routine.length > 0 &&
        (text.routineTips ?? [])
          .filter((t) => (t.firstDay ?? d.day) <= d.day && d.day <= (t.lastDay ?? d.day))
          .map((t) => <p key={t.id} class="day__routine-tip" data-tip={t.id}><strong>{t.label}.</strong></p>)}
      {quiet && d.routine.length === 0 && <p class="day__nothing">Nothing new today.</p>}
      {d.next && d.day >= 0 && d.avoid.length > 0 && (
        <p class="day__next">Next change: {d.next.date ? `${fmt(d.next.date, false)} (day ${d.next.day})` : `day ${d.next.day}`}</p>
      )}
    </li>
  );
}
