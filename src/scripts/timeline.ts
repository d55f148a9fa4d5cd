/**
 * Brings the server-rendered timeline to life. The page holds the plan in day numbers (the island rendered on
 * the server) and the address of its data (`data-src`: /<lang>/timeline/plan.json, src/data/timeline.ts).
 * This tiny loader fetches the data and the island's code side by side, then starts the island over the same
 * markup (src/islands/timeline/start.ts). If either fails to load, the day-number plan stays (no longer marked
 * busy), and a message says why there is no date form.
 */
import type { TimelineData } from '../data/timeline';

async function start(root: HTMLElement) {
  try {
    const [data, { startTimeline }] = await Promise.all([
      fetch(root.dataset['src']!).then((response) => {
        if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
        return response.json() as Promise<TimelineData>;
      }),
      import('../islands/timeline/start'),
    ]);
    await startTimeline(root, data, root.dataset['type'] || undefined);
  } catch {
    // The form cannot work: show the type links in its place (Timeline.css), and say why.
    root.dataset['unavailable'] = '';
    root.querySelector('[data-busy]')?.removeAttribute('data-busy');
    document.querySelector<HTMLElement>('[data-timeline-failed]')?.removeAttribute('hidden');
  }
}

const root = document.querySelector<HTMLElement>('[data-timeline-root]');
if (root) void start(root);
