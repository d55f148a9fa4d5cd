/**
 * The summary beside the plan: with a date, what today means (where you are, what to avoid, the next
 * change); without one, how to read the day numbers and the first change.
 */
import { addCalendarDays, type IsoDate } from '../../lib/days';
import { capitalize, fill, libWords } from '../../lib/words';
import type { Locale } from '../../schemas/vocabulary';
import type { TimelineWords } from './words';
import type { Milestone, Plan, PlanData, PlanText } from '../../lib/plan';
import { formatWindow, groupWindows } from '../../lib/windows';
import { headline, labelOf, listInWords } from '../../lib/timeline';

export interface TodaySummaryProps {
  plan: Plan;
  data: PlanData;
  text: PlanText;
  /** Whether the island runs (the reader has JavaScript). */
  inBrowser: boolean;
  fmt: (date: IsoDate, weekday?: boolean) => string;
  lang: Locale;
  words: TimelineWords;
}

/** "On Saturday, 5 December (day 4) you can start again: A and B." */
export function MilestoneSentence({ m, text, fmt, lang, words }: { m: Milestone; text: PlanText; fmt: TodaySummaryProps['fmt']; lang: Locale; words: TimelineWords }) {
  // The date (or day) is bold inside the sentence: each template is split where the bold part goes.
  const mark = '\u0000';
  const dated = fill(words.whenDated, { date: mark, day: m.day }).split(mark);
  const when = m.date
    ? <>{dated[0]}<strong>{fmt(m.date)}</strong>{dated[1]}</>
    : <strong>{fill(words.whenDay, { day: m.day })}</strong>;
  const list = listInWords(m.resume.map((id) => labelOf(id, text.restrictions)), lang);
  const [before, after] = fill(m.resume.length === 0 ? words.milestoneBack : words.milestoneStart, { list, when: mark }).split(mark);
  return (
    <>
      {before}{when}{after}
      {m.resume.length > 0 && m.recoveryEnds && words.alsoBack}
    </>
  );
}

export function TodaySummary({ plan, data, text, inBrowser, fmt, lang, words }: TodaySummaryProps) {
  const summary = plan.summary;
  const restrictionLabel = (id: string) => labelOf(id, text.restrictions);
  /** "through Thursday, 3 December": how long to avoid it, for this plan's type and dates. */
  const until = (id: string) => {
    const restriction = data.restrictions.find((r) => r.id === id);
    const [group] = restriction ? groupWindows(restriction, [plan.procedure], lang) : [];
    const date = plan.procedureDate;
    return group && date ? formatWindow(group, 'span', (day) => fmt(addCalendarDays(date, day)), lang) : '';
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
          <h2 id="summary-title">{fill(words.todayTitle, { date: fmt(summary.date) })}</h2>
          <p class="timeline__for">{fill(words.forOn, { name: plan.procedure.name, date: fmt(plan.procedureDate) })}</p>
          <p class="timeline__headline">{headline(plan, fmt, lang)}</p>
          {summary.stage === 'before' && (
            <>
              <p>{words.getReady}</p>
              <ul>
                {summary.preparation.map((s) => (
                  <li key={s.id}>
                    {labelOf(s.id, text.preparation)}: {s.day <= summary.day ? words.now : fill(words.fromDate, { date: fmt(s.date) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {summary.resume.length > 0 && (
            <p class="timeline__good">{fill(words.fromTodayStartAgain, { list: listInWords(summary.resume.map(restrictionLabel), lang) })}</p>
          )}
          {summary.next && <p data-summary-next><MilestoneSentence m={summary.next} text={text} fmt={fmt} lang={lang} words={words} /></p>}
          {summary.avoid.length > 0 && (
            <>
              <p>{words.todayAvoid}</p>
              {/* Grouped by the day each ends, soonest first: one date line per group, not one per item. */}
              <dl class="timeline__avoid" data-summary-avoid>
                {avoidByEnd(summary.avoid).map(({ until: when, ids }) => (
                  <div key={when}>
                    <dt>{when ? `${capitalize(when)}:` : words.avoid}</dt>
                    <dd><ul class="day__inline">{ids.map((id) => <li key={id}>{restrictionLabel(id)}</li>)}</ul></dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          {plan.days.some((d) => d.isToday) && (
            <p><a href={`#day-${summary.day}`}>{words.seeToday}</a></p>
          )}
        </>
      ) : (
        <>
          <h2 id="summary-title">{words.dayByDay}</h2>
          <p class="timeline__for">{plan.procedure.name}</p>
          <p>{libWords(lang).convention}</p>
          <p>
            {inBrowser
              ? words.chooseDate
              : words.noScript}
          </p>
          <p><MilestoneSentence m={plan.milestones[0] ?? plan.recoveryEnd} text={text} fmt={fmt} lang={lang} words={words} /></p>
        </>
      )}
    </section>
  );
}
