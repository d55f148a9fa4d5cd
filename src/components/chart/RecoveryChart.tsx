/**
 * The recovery chart: one row per restriction, a bar over the days to avoid it, a tick on the day it may
 * start again. One component for every surface: Astro pages render it to static HTML (no JavaScript), the
 * timeline island renders it with dates and today's line. Geometry comes from src/lib/chart.ts; this only
 * draws it, on a CSS grid of day cells (no inline styles, so the page's CSP holds). Its styles, chart.css, are
 * imported by the Astro components that render it, so the browser's bundle carries no CSS of its own.
 *
 * The chart is a picture (role="img") with a text alternative; the table next to it is the accessible
 * equivalent. Markup contract (tests rely on it): each bar carries data-restriction, data-procedure,
 * data-first-day and data-last-day. Bars of types that share a window are nested, so they coincide.
 */
import type { ComponentChildren } from 'preact';
import { axisTicks, CHART_WORDS_EN, chartSummary, keyDays, type AxisTick, type ChartWords, type Chart, type ChartAxis, type ChartLane, type ChartRow } from '../../lib/chart';
import { formatIsoDate, type IsoDate } from '../../lib/days';
import { fill } from '../../lib/words';

export interface RecoveryChartProps {
  chart: Chart;
  /** Unique on the page: ids of the caption and legend derive from it. */
  id: string;
  /** The visible title above the chart. */
  title: string;
  /** Headings of the category groups, by category id. */
  categoryLabels?: Readonly<Record<string, string>>;
  /** With a procedure date, the axis shows dates instead of day numbers. */
  procedureDate?: IsoDate | undefined;
  /** Today's day number, for today's line (dated charts). */
  today?: number | undefined;
  /** Fewer labels and no group headings, for paper (the handout). */
  compact?: boolean;
  /** Text after the summary (e.g. where to read it in words). */
  children?: ComponentChildren;
  /** The chart's words in the page's language (default English). */
  words?: ChartWords;
}

export default function RecoveryChart({ chart, id, title, categoryLabels = {}, procedureDate, today, compact = false, children, words = CHART_WORDS_EN }: RecoveryChartProps) {
  const ticks = axisTicks(chart.axis, procedureDate, words.locale);
  const labelled = compact ? keyDays(chart) : undefined;
  const dateOf = (day: number) => ticks.find((t) => t.day === day)?.date;
  const dayWords = (day: number) => {
    const date = dateOf(day);
    return date ? fill(words.dayWithDate, { date: formatIsoDate(date, { short: true, locale: words.locale }), day }) : fill(words.dayNumber, { day });
  };
  const todayShown = today !== undefined && chart.axis.days.includes(today);
  const summary = chartSummary(chart, dayWords, words);

  const row = (r: ChartRow) =>
    r.lanes.map((lane, i) => (
      <div class={`chart__row${r.clinicAdvice ? ' chart__row--clinic' : ''}${i > 0 ? ' chart__row--lane' : ''}`} key={`${r.id}-${i}`} data-chart-row={r.id}>
        <span class="chart__label">
          {i === 0 && r.label}
          {/* A no-break space: the star never wraps onto a line of its own. */}
          {i === 0 && r.clinicAdvice && <span class="chart__mark">{'\u00a0*'}</span>}
          {lane.label && <span class="chart__lane">{lane.label}</span>}
        </span>
        <ChartTrack axis={chart.axis} restrictions={[r.id]} lane={lane} today={today} />
      </div>
    ));

  return (
    <figure class={`chart${compact ? ' chart--compact' : ''}`} data-pagefind-ignore aria-labelledby={`${id}-title`} data-chart data-procedure-date={procedureDate}>
      <figcaption class="chart__caption">
        <span class="chart__title" id={`${id}-title`}>{title}</span>
        <span class="chart__summary" id={`${id}-summary`}>{summary}{children && <> {children}</>}</span>
        <span class="chart__legend" aria-hidden="true">
          <span><span class="chart__key chart__key--bar" /> {words.avoid}</span>
          {chart.hasClinicAdvice && <span><span class="chart__key chart__key--clinic" /> {words.clinicAdvice}</span>}
          <span><span class="chart__key chart__key--resume"><span class="chart__resume" /></span> {words.startAgain}</span>
          {todayShown && <span><span class="chart__key chart__key--today" /> {words.today}</span>}
        </span>
      </figcaption>
      <section class="chart__scroll" tabindex={0} aria-label={fill(words.scrolls, { title })}>
        <div class="chart__body" role="img" aria-labelledby={`${id}-summary`}>
          <div class="chart__row chart__axis">
            <span class="chart__label">{procedureDate ? words.date : words.day}</span>
            <ChartTicks ticks={ticks} labelled={labelled} today={today} months={!compact} todayWord={words.today} />
          </div>
          {chart.groups.map((g) => (
            <div class="chart__group" key={g.category ?? ''}>
              {!compact && g.category && <p class="chart__category">{categoryLabels[g.category] ?? g.category}</p>}
              {g.rows.map(row)}
            </div>
          ))}
        </div>
      </section>
    </figure>
  );
}

const dayClass = (day: number, today: number | undefined, extra = '') =>
  `chart__day${extra}${day === today ? ' is-today' : ''}${day === 0 ? ' is-zero' : ''}`;

export interface ChartTrackProps {
  axis: ChartAxis;
  /** The ids of the restrictions this lane draws (several when they share the window, as on the handout). */
  restrictions: readonly string[];
  lane: ChartLane;
  today?: number | undefined;
}

/**
 * One lane: a cell per day of the axis; the window's cells sit inside the bars (one per restriction and
 * procedure type sharing the window, nested so they coincide); a tick marks the day it may start again.
 */
export function ChartTrack({ axis, restrictions, lane, today }: ChartTrackProps) {
  const cells: ComponentChildren[] = [];
  for (const day of axis.days) {
    if (day < lane.firstDay || day > lane.lastDay) {
      cells.push(
        <span key={day} class={dayClass(day, today)}>
          {day === lane.resumeDay && <span class="chart__resume" />}
        </span>,
      );
      continue;
    }
    if (day !== lane.firstDay) continue;
    const on: ComponentChildren[] = [];
    for (let d = lane.firstDay; d <= lane.lastDay; d++) {
      on.push(<span key={d} class={dayClass(d, today, `${d === lane.firstDay ? ' is-start' : ''}${d === lane.lastDay ? ' is-end' : ''} is-on`)} />);
    }
    const bars = restrictions.flatMap((restriction) => lane.bars.map((bar) => ({ restriction, ...bar })));
    cells.push(
      bars.reduceRight<ComponentChildren>(
        (inner, bar) => (
          <span
            key={`${bar.restriction}-${bar.procedure}`}
            class="chart__bar"
            data-restriction={bar.restriction}
            data-procedure={bar.procedure}
            data-first-day={bar.firstDay}
            data-last-day={bar.lastDay}
          >
            {inner}
          </span>
        ),
        on,
      ),
    );
  }
  return <span class="chart__track">{cells}</span>;
}

export interface ChartTicksProps {
  ticks: AxisTick[];
  /** Label only these days (compact charts); default every day. */
  labelled?: readonly number[] | undefined;
  today?: number | undefined;
  /** Show month names above the day of the month (dated charts). */
  months?: boolean;
  /** The word over today's column. */
  todayWord?: string;
}

/** The axis: a day number (or day of the month) per column, "Today" over today's column. */
export function ChartTicks({ ticks, labelled, today, months = true, todayWord = CHART_WORDS_EN.today }: ChartTicksProps) {
  return (
    <span class="chart__track" data-chart-axis>
      {ticks.map((t) => (
        <span key={t.day} class={dayClass(t.day, today, ' chart__tick')} data-axis-day={t.day}>
          {t.day === today && <span class="chart__today">{todayWord}</span>}
          {t.month && months && <span class="chart__month">{t.month}</span>}
          {(!labelled || labelled.includes(t.day)) && <span class="chart__num">{t.text}</span>}
        </span>
      ))}
    </span>
  );
}
