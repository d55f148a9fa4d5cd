/** /timeline/plan.json: the timeline's data and words, fetched by the timeline pages (src/data/timeline.ts). */
import type { APIRoute } from 'astro';
import { getTimelineData } from '../../data/timeline';

export const GET: APIRoute = async () => Response.json(await getTimelineData('en'));
