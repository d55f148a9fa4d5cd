import { z } from 'astro/zod';
import { text } from './common';

/** A term that gets its plain-language meaning the first time it appears on a page. */
export const glossarySchema = z.object({
  /** The term exactly as written in the text ("AHA"). */
  term: text,
  /** What it stands for or means ("alpha hydroxy acids, a kind of chemical exfoliant"). */
  expansion: text,
});
export type GlossaryData = z.infer<typeof glossarySchema>;
