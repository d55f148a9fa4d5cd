/**
 * The real content (content/*.yaml) as the plan engine's PlanData and the timeline's PlanText, for unit
 * tests: `astro:content` has no data outside an Astro build, so this reads the YAML files, checks them with
 * the same schemas, and maps them with the same functions as the build (src/lib/plan-input.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { procedureSchema } from '../../src/schemas/procedures';
import { restrictionSchema } from '../../src/schemas/restrictions';
import { routineStepSchema } from '../../src/schemas/routine';
import { preparationSchema } from '../../src/schemas/preparation';
import { siteSchema } from '../../src/schemas/site';
import { toPlanData, toPlanText, type Entry, type PlanEntries } from '../../src/lib/plan-input';
import type { PlanData, PlanText } from '../../src/lib/plan';

const contentDir = resolve(import.meta.dirname, '../../content');

/** Every entry of a content folder, checked by its schema. */
function collection<S extends z.ZodType>(folder: string, schema: S): Entry<z.output<S>>[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ id: basename(f).replace(/\.ya?ml$/, ''), data: schema.parse(parse(readFileSync(join(dir, f), 'utf8'))) }));
}

function entries(): PlanEntries {
  return {
    procedures: collection('procedures', procedureSchema),
    restrictions: collection('restrictions', restrictionSchema),
    routine: collection('routine', routineStepSchema),
    preparation: collection('preparation', preparationSchema),
  };
}

export function loadPlanData(): PlanData {
  return toPlanData(entries());
}

export function loadPlanText(): PlanText {
  const [site] = collection('site', siteSchema);
  if (!site) throw new Error('content/site/site.yaml is missing');
  return toPlanText(entries(), site.data);
}
