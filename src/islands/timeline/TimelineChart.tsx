/**
 * The timeline's recovery chart, folded on a phone and always open on wider screens (Timeline.css). In the
 * browser it is drawn last, a step after the days (Timeline.tsx, `Drawn`): its hundreds of cells then do not
 * lengthen the step that draws the reader's days. Until then the page's chart stays.
 */
import { KEEP_PAGE_CHILDREN } from './keep';
import RecoveryChart from '../../components/chart/RecoveryChart';
import { fill } from '../../lib/words';
import type { Chart, ChartWords } from '../../lib/chart';
import type { Plan } from '../../lib/plan';
import type { TimelineWords } from './words';

export interface TimelineChartProps {
  plan: Plan;
  chart: Chart;
  categoryLabels: Readonly<Record<string, string>>;
  words: TimelineWords;
  chartWords: ChartWords;
  /** Keep the page's chart as it is, to draw it a step later. */
  waiting?: boolean;
}

export function TimelineChart({ plan, chart, categoryLabels, words, chartWords, waiting }: TimelineChartProps) {
  if (waiting) return <details class="timeline__chart" {...KEEP_PAGE_CHILDREN} />;
  return (
    <details class="timeline__chart">
      <summary>{words.chartSummary}</summary>
      <RecoveryChart
        chart={chart}
        id="timeline-chart"
        title={fill(words.chartTitle, { name: plan.procedure.name })}
        categoryLabels={categoryLabels}
        words={chartWords}
        procedureDate={plan.procedureDate}
        today={plan.today}
      >
        {words.chartNote}
      </RecoveryChart>
    </details>
  );
}
