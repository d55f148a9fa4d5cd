/** /es/timeline/plan.json: the timeline's data and words in Spanish (src/data/timeline.ts). */
import type { APIRoute } from 'astro';
import { getTimelineData } from '../../data/timeline';

export const GET: APIRoute = async () => Response.json(await getTimelineData('es'));
