import { z } from 'astro/zod';

/** A day relative to the procedure day (day 0). Negative days are before the procedure. */
export const dayNumber = z.number().int('Use a whole number of days').min(-60).max(365);

/** Words patients might search with that the text itself may not use ("pool", "gym"). */
export const keywords = z.array(z.string().min(1)).default([]);

/** A plain-language sentence or paragraph (no empty strings). */
export const text = z.string().trim().min(1, 'This text must not be empty');
