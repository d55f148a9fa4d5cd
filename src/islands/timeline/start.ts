/**
 * Hydrates the timeline island over its server-rendered markup (the plan in day numbers), with the props it was
 * rendered from (the page's plan file and its first procedure type) and what only the browser knows: today,
 * the page's query and the stored settings. The island then draws the reader's plan in steps (Timeline.tsx,
 * `Drawn`). The warning signs inside it are the page's static HTML, kept as they are. Loaded by
 * src/scripts/timeline.ts once the page has the data.
 */
import { h, hydrate, type FunctionComponent } from 'preact';
import Timeline, { type Opening } from '../Timeline';
import { formatIsoDate, todayIso } from '../../lib/days';
import { STORAGE_KEY } from '../../lib/params';
import type { TimelineData } from '../../data/timeline';
import { KEEP_PAGE_CHILDREN } from './keep';

/** The attribute of the page's element around the warning signs (src/components/TimelinePage.astro). */
const SIGNS = 'data-timeline-signs';

/** The page's warning signs inside the island, left untouched (never drawn again): like @astrojs/preact's static slot. */
const StaticSlot: FunctionComponent & { shouldComponentUpdate?: () => boolean } = () => h('div', { [SIGNS]: '', ...KEEP_PAGE_CHILDREN });
StaticSlot.shouldComponentUpdate = () => false;

function storedSettings(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // Storage blocked: the URL still carries the plan.
  }
}

/** Lets the browser run what waits (a tap, a paint) before the next step. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

export async function startTimeline(root: HTMLElement, data: TimelineData, initialType: string | undefined) {
  const today = todayIso();
  // The first date formatter of a page loads its language's calendar data: on a phone that alone is a long
  // step. Made here, in a task of its own, it is ready (and cached) for the drawing that follows.
  formatIsoDate(today, { locale: data.words.locale, omitYear: Number(today.slice(0, 4)) });
  await nextTask();
  const hasSigns = root.querySelector(`[${SIGNS}]`) !== null;
  const opening: Opening = { today, search: location.search, stored: storedSettings() };
  hydrate(h(Timeline, { ...data, initialType, opening }, hasSigns ? h(StaticSlot, null) : null), root);
}
