/**
 * The plan, day by day, under its phases; each phase's days as a phone can scan them (DayScan). Once the
 * plan has a date, phases that are over fold into a <details>; without a date every phase stays open, so
 * the plan prints complete. Each phase carries `data-phase`; the days' contract is in DayScan. In the browser
 * the list takes over the page's phases one at a time (Timeline.tsx, `Drawn`).
 */
import { Component } from 'preact';
import { KEEP_PAGE_CHILDREN } from './keep';
import type { IsoDate } from '../../lib/days';
import type { Plan, PlanPhase, PlanText } from '../../lib/plan';
import { daysByPhase, overPhaseSummary } from '../../lib/timeline';
import { expectedOn, type ExpectedEffect } from '../../lib/expected';
import { DayScan } from './DayScan';
import type { Locale } from '../../schemas/vocabulary';
import type { TimelineWords } from './words';

type Fmt = (date: IsoDate, weekday?: boolean) => string;

export interface DayListProps {
  plan: Plan;
  text: PlanText;
  fmt: Fmt;
  /** Normal effects and their usual days per procedure type, for each day's "What to expect". */
  expected: readonly ExpectedEffect[];
  /** The page on what is normal, for "What to expect" links. */
  normalPath?: string | undefined;
  /** Keep the page's days as they are, to draw them a step later (Timeline.tsx, `Drawn`). */
  waiting?: boolean;
  /** The phases the page's HTML holds (its plan in day numbers): each is kept, unread, until it is drawn. */
  pagePhases: readonly PlanPhase[];
  /** Draw only this many phases (a phase a step: Timeline.tsx); the others keep the page's markup. Default: all. */
  drawPhases?: number | undefined;
  lang: Locale;
  words: TimelineWords;
}

/**
 * The day list, drawn again only when what it shows changes. `fmt` (a new function on each render) depends only
 * on today's date, and a dated plan is a new object whenever today changes; so an unchanged plan means an
 * unchanged list. Typing in the date field, a message or the calendar button's state then redraw the form, not
 * the hundreds of elements of the days.
 */
export class DayList extends Component<DayListProps> {
  override shouldComponentUpdate(next: DayListProps) {
    const now = this.props;
    return !(
      now.plan === next.plan &&
      now.text === next.text &&
      now.expected === next.expected &&
      now.normalPath === next.normalPath &&
      now.lang === next.lang &&
      now.words === next.words &&
      now.waiting === next.waiting &&
      now.pagePhases === next.pagePhases &&
      now.drawPhases === next.drawPhases
    );
  }

  override render(props: DayListProps) {
    return <DayListDrawing {...props} />;
  }
}

/** A phase section's attributes, one place for the drawn section and the kept one (`over`: it folds away). */
const phaseAttributes = (phase: PlanPhase, over = false) => ({
  'aria-labelledby': `phase-${phase.id}`,
  class: `phase phase--${phase.kind}${over ? ' phase--over' : ''}`,
  'data-phase': phase.id,
});

/** A phase's section as the page has it, children kept: the same element and attributes until it is drawn. */
const keptPhase = (phase: PlanPhase) => <section key={phase.id} {...phaseAttributes(phase)} {...KEEP_PAGE_CHILDREN} />;

function DayListDrawing({ plan, text, fmt, expected, normalPath, waiting, pagePhases, drawPhases, lang, words }: DayListProps) {
  if (waiting) return <div class="timeline__days">{pagePhases.map(keptPhase)}</div>;
  /** Today's day number, in a dated plan only: what is over folds away. */
  const today = plan.procedureDate ? plan.today : undefined;
  const phases = daysByPhase(plan).map(({ phase, days }) => ({
    phase,
    days: days.map((d) => ({ ...d, expect: expectedOn(expected, plan.procedure.id, d.day).map((e) => e.id) })),
  }));
  return (
    <div class="timeline__days">
      {phases.map(({ phase, days }, i) => {
        if (drawPhases !== undefined && i >= drawPhases) return keptPhase(phase);
        const over = today !== undefined && days.at(-1)!.day < today;
        const list = (
          <DayScan days={days} previous={phases[i - 1]?.days.at(-1)} today={today} text={text} fmt={fmt} expected={expected} normalPath={normalPath} lang={lang} words={words} />
        );
        return (
          <section key={phase.id} {...phaseAttributes(phase, over)}>
            <h2 id={`phase-${phase.id}`}>{phase.heading}</h2>
            {over ? (
              <details class="phase__over">
                <summary>{overPhaseSummary(days.length, lang)}</summary>
                {list}
              </details>
            ) : list}
          </section>
        );
      })}
    </div>
  );
}
