/**
 * The summary beside the plan: with a date, what today means (where you are, what to avoid, the next
 * change); without one, how to read the day numbers and the first change.
 */
import { addCalendarDays, DAY_CONVENTION_TEXT, type IsoDate } from '../../lib/days';
import type { Milestone, Plan, PlanData, PlanText } from '../../lib/plan';
import { formatWindow, groupWindows } from '../../lib/windows';
import { headline, labelOf, listInWords } from '../../lib/timeline';

export interface TodaySummaryProps {
  plan: Plan;
  data: PlanData;
  text: PlanText;
  /** Whether the island runs (the reader has JavaScript). */
  hydrated: boolean;
  fmt: (date: IsoDate, weekday?: boolean) => string;
}

/** "On Saturday, 5 December (day 4) you can start again: A and B." */
export function MilestoneSentence({ m, text, fmt }: { m: Milestone; text: PlanText; fmt: TodaySummaryProps['fmt'] }) {
  const when = m.date ? <><strong>{fmt(m.date)}</strong> (day {m.day})</> : <strong>day {m.day}</strong>;
  if (m.resume.length === 0) return <>On {when} you are back to your usual routine.</>;
  return (
    <>
      On {when} you can start again: {listInWords(m.resume.map((id) => labelOf(id, text.restrictions)))}.
      {m.recoveryEnds && ' You are also back to your usual routine.'}
    </>
  );
}

export function TodaySummary({ plan, data, text, hydrated, fmt }: TodaySummaryProps) {
  const summary = plan.summary;
  const restrictionLabel = (id: string) => labelOf(id, text.restrictions);
  /** "through Thursday, 3 December": how long to avoid it, for this plan's type and dates. */
  const until = (id: string) => {
    const restriction = data.restrictions.find((r) => r.id === id);
    const [group] = restriction ? groupWindows(restriction, [plan.procedure]) : [];
    const date = plan.procedureDate;
    return group && date ? formatWindow(group, 'span', (day) => fmt(addCalendarDays(date, day))) : '';
  };
  /** Today's restrictions grouped by how long they last, soonest end first (content order within a group). */
  const avoidByEnd = (ids: readonly string[]) => {
    const lastDay = (id: string) => data.restrictions.find((r) => r.id === id)?.windows.find((w) => w.procedure === plan.procedure.id)?.lastDay ?? 0;
    const groups = new Map<string, { until: string; lastDay: number; ids: string[] }>();
    for (const id of ids) {
      const when = until(id);
      const group = groups.get(when) ?? { until: when, lastDay: lastDay(id), ids: [] };
      group.ids.push(id);
      groups.set(when, group);
    }
    return [...groups.values()].sort((a, b) => a.lastDay - b.lastDay);
  };
  return (
    <section class="timeline__summary" aria-labelledby="summary-title" data-summary>
      {summary && plan.procedureDate ? (
        <>
          <h2 id="summary-title">Today, {fmt(summary.date)}</h2>
          <p class="timeline__for">{plan.procedure.name}, on {fmt(plan.procedureDate)}</p>
          <p class="timeline__headline">{headline(plan, fmt)}</p>
          {summary.stage === 'before' && (
            <>
              <p>Get ready:</p>
              <ul>
                {summary.preparation.map((s) => (
                  <li key={s.id}>
                    {labelOf(s.id, text.preparation)}: {s.day <= summary.day ? 'now' : `from ${fmt(s.date)}`}
                  </li>
                ))}
              </ul>
            </>
          )}
          {summary.resume.length > 0 && (
            <p class="timeline__good">From today you can start again: {listInWords(summary.resume.map(restrictionLabel))}.</p>
          )}
          {summary.next && <p data-summary-next><MilestoneSentence m={summary.next} text={text} fmt={fmt} /></p>}
          {summary.avoid.length > 0 && (
            <>
              <p>Today, avoid:</p>
              {/* Grouped by the day each ends, soonest first: one date line per group, not one per item. */}
              <dl class="timeline__avoid" data-summary-avoid>
                {avoidByEnd(summary.avoid).map(({ until: when, ids }) => (
                  <div key={when}>
                    <dt>{when ? `${when.charAt(0).toUpperCase()}${when.slice(1)}:` : 'Avoid:'}</dt>
                    <dd><ul class="day__inline">{ids.map((id) => <li key={id}>{restrictionLabel(id)}</li>)}</ul></dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          {plan.days.some((d) => d.isToday) && (
            <p><a href={`#day-${summary.day}`}>See today in your plan</a></p>
          )}
        </>
      ) : (
        <>
          <h2 id="summary-title">Your plan, day by day</h2>
          <p class="timeline__for">{plan.procedure.name}</p>
          <p>{DAY_CONVENTION_TEXT}</p>
          <p>
            {hydrated
              ? 'Choose the date of your procedure to see the real dates.'
              : 'This plan uses day numbers. To see real dates, turn on JavaScript in your browser.'}
          </p>
          <p><MilestoneSentence m={plan.milestones[0] ?? plan.recoveryEnd} text={text} fmt={fmt} /></p>
        </>
      )}
    </section>
  );
}
