/**
 * The content under test (CONTENT_DIR, default content/) as the plan engine's PlanData and the timeline's
 * PlanText, for unit tests: `astro:content` has no data outside an Astro build, so this reads the YAML files, checks them with
 * the same schemas, and maps them with the same functions as the build (src/lib/plan-input.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { procedureSchema } from '../../src/schemas/procedures';
import { restrictionSchema } from '../../src/schemas/restrictions';
import { routineStepSchema } from '../../src/schemas/routine';
import { preparationSchema } from '../../src/schemas/preparation';
import { siteSchema } from '../../src/schemas/site';
import { toPlanData, toPlanText, type Entry, type PlanEntries } from '../../src/lib/plan-input';
import type { PlanData, PlanText } from '../../src/lib/plan';

import { CONTENT_DIR, CONTENT_DIR_NAME } from './content';

/** Every entry of a content folder, checked by its schema. */
function collection<S extends z.ZodType>(folder: string, schema: S): Entry<z.output<S>>[] {
  const dir = join(CONTENT_DIR, folder);
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { id: basename(f, extname(f)), data: schema.parse(extname(f) === '.json' ? JSON.parse(text) : parse(text)) };
    });
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
  if (!site) throw new Error(`${CONTENT_DIR_NAME}/site/site.yaml is missing`);
  return toPlanText(entries(), site.data);
}
