import { z } from 'astro/zod';
import { strictObject, text } from './common';

/**
 * A word patients may not know, with its plain meaning. Guide pages explain it the first time it appears;
 * tables, the timeline and the handout explain it where they show it.
 */
export const glossarySchema = strictObject({
  /** The term as written in the text: an abbreviation in capitals ("AHA"), or a word ("granuloma"). */
  term: text,
  /** What it stands for or means, in plain words ("alpha hydroxy acids", "a firm lump under the skin"). */
  expansion: text,
  /** Other forms of the word that count as the term ("granulomas"); an abbreviation's plural "s" always counts. */
  forms: z.array(text).default([]),
});
export type GlossaryData = z.infer<typeof glossarySchema>;
