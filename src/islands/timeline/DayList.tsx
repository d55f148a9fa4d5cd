/**
 * The plan, day by day, under its phases. Each day carries `data-day` (and `data-date` when dated), and its
 * avoid list `data-list="avoid"`: a contract other checks use.
 */
import type { ComponentChildren } from 'preact';
import type { IsoDate } from '../../lib/days';
import { dayTitle } from '../../lib/days';
import type { Plan, PlanDay, PlanText } from '../../lib/plan';
import { daysByPhase, labelOf, routineLine } from '../../lib/timeline';
import { expectedOn, type ExpectedEffect } from '../../lib/expected';

type Fmt = (date: IsoDate, weekday?: boolean) => string;

export interface DayListProps {
  plan: Plan;
  text: PlanText;
  fmt: Fmt;
  /** Normal effects and their usual days per procedure type, for each day's "What to expect". */
  expected: readonly ExpectedEffect[];
  /** The page on what is normal, for "What to expect" links. */
  normalPath?: string | undefined;
  /** Shown above the days (the recovery chart). */
  children?: ComponentChildren;
}

export function DayList({ plan, text, fmt, expected, normalPath, children }: DayListProps) {
  return (
    <div class="timeline__plan" data-plan-type={plan.procedure.id} data-procedure-date={plan.procedureDate}>
      {children}
      {daysByPhase(plan).map(({ phase, days }) => (
        <section key={phase.id} aria-labelledby={`phase-${phase.id}`} class={`phase phase--${phase.kind}`} data-phase={phase.id}>
          <h2 id={`phase-${phase.id}`}>{phase.heading}</h2>
          <ol class="day-list">
            {days.map((d) => (
              <Day key={d.day} d={d} text={text} fmt={fmt} expect={expectedOn(expected, plan.procedure.id, d.day)} normalPath={normalPath} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

interface DayProps {
  d: PlanDay;
  text: PlanText;
  fmt: Fmt;
  /** The normal effects of this day. */
  expect: readonly ExpectedEffect[];
  normalPath?: string | undefined;
}

function Day({ d, text, fmt, expect, normalPath }: DayProps) {
  const quiet = d.avoid.length === 0 && d.resume.length === 0 && d.prepare.length === 0 && expect.length === 0;
  const restrictionLabel = (id: string) => labelOf(id, text.restrictions);
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
              const note = text.restrictions.find((r) => r.id === id)?.note;
              return <li key={id}>{restrictionLabel(id)}{note && <span class="note"> {note}</span>}</li>;
            })}
          </ul>
        </div>
      )}
      {d.avoid.length > 0 && (
        <div class="day__avoid">
          <p><strong>Avoid:</strong></p>
          <ul data-list="avoid">
            {d.avoid.map((id) => <li key={id} data-restriction={id}>{restrictionLabel(id)}</li>)}
          </ul>
        </div>
      )}
      {d.routine.length > 0 && (
        <p class="day__routine"><strong>Routine:</strong> {routineLine(d.routine, text)}</p>
      )}
      {quiet && d.routine.length === 0 && <p class="day__nothing">Nothing new today.</p>}
      {d.next && d.day >= 0 && d.avoid.length > 0 && (
        <p class="day__next">Next change: {d.next.date ? `${fmt(d.next.date, false)} (day ${d.next.day})` : `day ${d.next.day}`}</p>
      )}
    </li>
  );
}
