/**
 * Everything the timeline island needs but its procedure type: one object per language, built once. The page
 * renders the island on the server from it, and publishes the same object as /<lang>/timeline/plan.json,
 * which the browser fetches to bring the plan to life. The plan's data never rides in the page itself (as
 * island props it was a quarter of the page's weight), and the three timeline pages share one cached file.
 * Build-time only.
 */
import type { TimelineProps } from '../islands/Timeline';
import { getExpectedData, getNormalPage, getPlanData, getPlanText } from './content';
import { pageHref, ui } from '../i18n';
import type { Locale } from '../schemas/vocabulary';

/** The island's props, but for the type shown first and the warning signs (the page's own). */
export type TimelineData = Omit<TimelineProps, 'initialType' | 'children'>;

/** The site path of a language's plan file, with the deploy's base path. */
export const timelineDataHref = (lang: Locale): string => pageHref('/timeline/plan.json', lang);

/** The timeline's data and words in one language. */
export async function getTimelineData(lang: Locale): Promise<TimelineData> {
  const t = ui(lang);
  const [data, text, expected, normalPage] = await Promise.all([getPlanData(lang), getPlanText(lang), getExpectedData(lang), getNormalPage(lang)]);
  return {
    data,
    text,
    expected,
    paths: {
      timeline: pageHref('/timeline/', lang),
      handout: pageHref('/handout/', lang),
      help: pageHref('/when-to-get-help/', lang),
      avoid: pageHref('/avoid/', lang),
      routine: pageHref('/daily-routine/', lang),
      normal: normalPage && pageHref(`/${normalPage.id}/`, lang),
      types: Object.fromEntries(data.procedures.map((p) => [p.id, pageHref(`/timeline/${p.id}/`, lang)])),
    },
    lang,
    words: t.timeline,
    chartWords: t.chart,
    categoryLabels: t.restrictionCategories,
  };
}
