/**
 * Hydrates the timeline island over its server-rendered markup, with the props it was rendered from (the
 * page's plan file and its first procedure type). The warning signs inside it are the page's static HTML,
 * kept as they are. Loaded by src/scripts/timeline.ts once the page has the data.
 */
import { h, hydrate, type FunctionComponent } from 'preact';
import Timeline from '../Timeline';
import type { TimelineData } from '../../data/timeline';

/** The attribute of the page's element around the warning signs (src/components/TimelinePage.astro). */
const SIGNS = 'data-timeline-signs';

/** Page HTML inside the island, left untouched: like @astrojs/preact's static slot. */
const StaticSlot: FunctionComponent<{ html: string }> & { shouldComponentUpdate?: () => boolean } = ({ html }) =>
  h('div', { [SIGNS]: '', dangerouslySetInnerHTML: { __html: html } });
StaticSlot.shouldComponentUpdate = () => false;

export function hydrateTimeline(root: HTMLElement, data: TimelineData, initialType: string | undefined) {
  const signs = root.querySelector(`[${SIGNS}]`)?.innerHTML;
  hydrate(h(Timeline, { ...data, initialType }, signs === undefined ? null : h(StaticSlot, { html: signs })), root);
}
