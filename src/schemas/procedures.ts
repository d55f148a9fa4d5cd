import { z } from 'astro/zod';
import { checkedReference } from './references';
import { keywords, strictObject, text } from './common';

/** A kind of procedure the plan can be made for. The file name is its id (`traditional`, `rf`), used in URLs. */
export const procedureSchema = strictObject({
  /** Full name ("Traditional microneedling"). */
  name: text,
  /** Short name for buttons and tables ("Traditional"). */
  shortName: text,
  /** One or two plain sentences: what it is. */
  summary: text,
  /** Through which day redness and swelling usually last (day convention: day 0 is the procedure day). */
  usualRednessThroughDay: z.number().int().min(0).max(30),
  /** Through which day crusting or flaking may last, if this procedure causes it. */
  crustingThroughDay: z.number().int().min(0).max(60).optional(),
  /** Through which day the recovery period ends: after it, the plan says "back to normal". */
  recoveryThroughDay: z.number().int().min(1).max(90),
  /** Order in menus and tables. */
  order: z.number().int().default(100),
  /** Sources for the facts above. */
  sources: z.array(checkedReference('sources')).default([]),
  /** Extra search words. */
  keywords,
});
export type ProcedureData = z.infer<typeof procedureSchema>;
