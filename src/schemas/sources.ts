import { z } from 'astro/zod';
import { strictObject, text } from './common';

/** A published source the guidance is based on. The file name is its id (e.g. `fda-microneedling`). */
export const sourceSchema = strictObject({
  /** Short label used in lists ("FDA: Microneedling devices"). */
  short: text,
  /** Full citation: authors, title, journal or publisher, year. */
  citation: text,
  /** Where a reader can find it online; omitted when there is no stable public address. */
  url: z.url({ error: 'url must be a full web address starting with https://' }).optional(),
  /** What the site uses this source for, in one plain sentence. */
  usedFor: text.optional(),
  /** Display order in the sources list. */
  order: z.number().int().default(100),
});
export type SourceData = z.infer<typeof sourceSchema>;
