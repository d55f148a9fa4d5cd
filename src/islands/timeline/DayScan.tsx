/**
 * One phase's days as a phone can scan them (src/lib/day-scan.ts decides what is shown): a day that changes
 * something says what changes, with "still avoiding" as a short line that opens to the full list; days that
 * change nothing merge into one line.
 *
 * Markup contract (tests and other checks rely on it): every shown day and every merged run carries
 * `data-day` (its first day) and `data-date` when dated; a run also `data-last-day`; each shown day's full
 * avoid list is `data-list="avoid"`, its items carry `data-restriction`; today is `aria-current="date"`.
 */
import { dayTitle, formatIsoDate, type IsoDate } from '../../lib/days';
import { runTitle, scanDays, type DayChanges, type QuietRun, type ScanDay } from '../../lib/day-scan';
import type { PlanDay, PlanText } from '../../lib/plan';
import { labelOf, listInWords, notesOf, routineLine } from '../../lib/timeline';

type Fmt = (date: IsoDate, weekday?: boolean) => string;

/** A plan day with the ids of its normal effects. */
import { fill } from '../../lib/words';
import type { Locale } from '../../schemas/vocabulary';
import type { TimelineWords } from './words';
export type ScanPlanDay = PlanDay & { expect: string[] };

export interface DayScanProps {
  days: readonly ScanPlanDay[];
  /** The day before the first one (the previous phase's last day), so changes read across phases. */
  previous?: ScanDay | undefined;
  /** Today's day number once the plan has a date: the lists of days before it fold away. */
  today?: number | undefined;
  text: PlanText;
  fmt: Fmt;
  /** The normal effects' labels, by id. */
  expected: readonly { id: string; label: string }[];
  /** The page on what is normal, for "What to expect" links. */
  normalPath?: string | undefined;
  lang: Locale;
  words: TimelineWords;
}

export function DayScan({ days, previous, today, ...rest }: DayScanProps) {
  return (
    <ol class="day-list">
      {scanDays(days, previous).map((e) =>
        e.kind === 'quiet'
          ? <Quiet key={e.firstDay} run={e} lang={rest.lang} words={rest.words} />
          : <Day key={e.day.day} d={e.day} changes={e.changes} past={today !== undefined && e.day.day < today} {...rest} />,
      )}
    </ol>
  );
}

/** "Dec 3": a short date for a run's line. */
const shortDate = (date: IsoDate, locale: string) => formatIsoDate(date, { short: true, weekday: false, locale });

function Quiet({ run, lang, words }: { run: QuietRun<ScanDay>; lang: Locale; words: TimelineWords }) {
  const first = run.days[0]!;
  const last = run.days.at(-1)!;
  return (
    <li class="day day--quiet" id={`day-${run.firstDay}`} data-day={run.firstDay} data-last-day={run.lastDay} data-date={first.date}>
      <p class="day__title">
        <strong>{runTitle(run.firstDay, run.lastDay, lang)}</strong>
        {first.date && last.date && (
          <span class="day__date"> ({first === last ? shortDate(first.date, words.locale) : fill(words.dateRange, { first: shortDate(first.date, words.locale), last: shortDate(last.date, words.locale) })})</span>
        )}
        {words.noChanges}
      </p>
    </li>
  );
}

interface DayProps extends Omit<DayScanProps, 'days' | 'previous' | 'today'> {
  d: ScanPlanDay;
  changes: DayChanges;
  /** A day before today (dated plans): its lists fold away, as the reader has been through it. */
  past: boolean;
}

/** One day that changes something: what changes, then what goes on in one short line. */
function Day({ d, changes, past, text, fmt, expected, normalPath, lang, words }: DayProps) {
  const things = (n: number) => (n === 1 ? words.thingOne : fill(words.thingMany, { count: n }));
  const restrictionLabel = (id: string) => labelOf(id, text.restrictions);
  const allNew = changes.startAvoiding.length === d.avoid.length;
  const nothing = [changes.prepare, changes.resume, changes.startAvoiding, changes.startRoutine, changes.stopRoutine].every((l) => l.length === 0);
  return (
    <li
      id={`day-${d.day}`}
      class={`day${d.isToday ? ' day--today' : ''}`}
      data-day={d.day}
      data-date={d.date}
      aria-current={d.isToday ? 'date' : undefined}
    >
      <h3 class="day__title">
        <span>{dayTitle(d.day, lang)}</span>
        {d.date && <span class="day__date">{fmt(d.date)}</span>}
        {d.isToday && <span class="day__today">{words.today}</span>}
      </h3>
      {d.prepare.length > 0 && (
        <ul class="day__prepare">
          {d.prepare.map((id) => {
            const step = text.preparation.find((p) => p.id === id);
            return <li key={id}><strong>{step?.label ?? id}.</strong> {step?.instruction}</li>;
          })}
        </ul>
      )}
      {d.resume.length > 0 && <Resume ids={d.resume} avoid={d.avoid} text={text} lang={lang} words={words} />}
      {d.avoid.length > 0 && allNew && !past && (
        <div class="day__avoid">
          <p><strong>{words.fromTodayAvoid}</strong></p>
          <AvoidList ids={d.avoid} label={restrictionLabel} text={text} words={words} />
        </div>
      )}
      {d.avoid.length > 0 && allNew && past && (
        <details class="day__still">
          <summary>{fill(words.fromThisDayAvoid, { things: things(d.avoid.length) })}</summary>
          <AvoidList ids={d.avoid} label={restrictionLabel} text={text} words={words} />
        </details>
      )}
      {d.avoid.length > 0 && !allNew && (
        <>
          {changes.startAvoiding.length > 0 && (
            <p class="day__starts"><strong>{words.fromTodayAlsoAvoid}</strong> {changes.startAvoiding.map(restrictionLabel).join(', ')}</p>
          )}
          <details class="day__still">
            <summary>
              {fill(words.stillAvoiding, { things: things(d.avoid.length) })}
              {d.next && <span class="day__next">{d.next.date ? fill(words.nextChangeDated, { date: fmt(d.next.date, false), day: d.next.day }) : fill(words.nextChangeDay, { day: d.next.day })}</span>}
            </summary>
            <AvoidList ids={d.avoid} label={restrictionLabel} text={text} words={words} />
          </details>
        </>
      )}
      {(changes.startRoutine.length > 0 || d.day === 0) && d.routine.length > 0 && (
        <p class="day__routine"><strong>{d.day === 0 ? words.routine : words.routineFromToday}</strong> {routineLine(d.routine, text, lang)}</p>
      )}
      {d.routine.length > 0 &&
        (text.routineTips ?? [])
          .filter((t) => (t.firstDay ?? d.day) <= d.day && d.day <= (t.lastDay ?? d.day))
          .map((t) => <p key={t.id} class="day__routine-tip" data-tip={t.id}><strong>{t.label}.</strong></p>)}
      {changes.stopRoutine.length > 0 && (
        <p class="day__routine"><strong>{words.canStop}</strong> {routineLine(changes.stopRoutine, text, lang)}</p>
      )}
      {d.expect.length > 0 && (
        <div class="day__expect">
          <strong>{words.whatToExpect}</strong>{' '}
          <ul class="day__inline" data-list="expect">
            {d.expect.map((id) => {
              const label = labelOf(id, expected);
              return <li key={id}>{normalPath ? <a href={`${normalPath}#expect-${id}`}>{label}</a> : label}</li>;
            })}
          </ul>
        </div>
      )}
      {nothing && d.avoid.length === 0 && d.expect.length === 0 && <p class="day__nothing">{words.nothingNew}</p>}
    </li>
  );
}

/** What may start again, each note said once (a note several share goes under the list, with their names). */
function Resume({ ids, avoid, text, lang, words }: { ids: readonly string[]; avoid: readonly string[]; text: PlanText; lang: Locale; words: TimelineWords }) {
  const notes = notesOf(ids, text.restrictions);
  return (
    <div class="day__resume">
      <p><strong>{words.canStartAgain}</strong></p>
      <ul data-list="resume">
        {ids.map((id) => {
          const note = notes.inline.get(id);
          return <li key={id} data-restriction={id}>{labelOf(id, text.restrictions)}{note && <span class="note"> {note}</span>}</li>;
        })}
      </ul>
      {notes.shared.map(({ labels, note }) => (
        <p class="note" key={note}><strong>{listInWords(labels, lang)}:</strong> {note}</p>
      ))}
      {/* Only where a wider row still goes on: then some of these products must wait (AHA peels until day 15). */}
      <OverlapNotes ids={ids} text={text} stillAvoiding={avoid} words={words} />
    </div>
  );
}

function AvoidList({ ids, label, text, words }: { ids: readonly string[]; label: (id: string) => string; text: PlanText; words: TimelineWords }) {
  return (
    <>
      <ul data-list="avoid">
        {ids.map((id) => <li key={id} data-restriction={id}>{label(id)}</li>)}
      </ul>
      <OverlapNotes ids={ids} text={text} words={words} />
    </>
  );
}

/**
 * "Which date wins" for the overlapping rows in a list (AHA peels are chemical exfoliators), each pair once;
 * with `stillAvoiding`, only pairs whose other row is still avoided that day.
 */
function OverlapNotes({ ids, text, stillAvoiding, words }: { ids: readonly string[]; text: PlanText; stillAvoiding?: readonly string[]; words: TimelineWords }) {
  const seen = new Set<string>();
  const notes = ids.flatMap((id) =>
    (text.restrictions.find((r) => r.id === id)?.overlaps ?? []).filter((o) => {
      if (stillAvoiding && !stillAvoiding.includes(o.other)) return false;
      const pair = [id, o.other].sort().join(' ');
      if (seen.has(pair)) return false;
      seen.add(pair);
      return true;
    }),
  );
  return notes.length ? <p class="note overlap-note"><strong>{words.whichDateWins}</strong> {notes.map((n) => n.text).join(' ')}</p> : null;
}
