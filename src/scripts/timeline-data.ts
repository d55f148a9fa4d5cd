/**
 * Fetches a language's timeline data (/<lang>/timeline/plan.json, written by src/data/timeline.ts). The
 * timeline's loader and the handout's dates both read it through this; a failed answer is an error.
 */
import type { TimelineData } from '../data/timeline';

export async function fetchTimelineData(src: string): Promise<TimelineData> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
  return (await response.json()) as TimelineData;
}
