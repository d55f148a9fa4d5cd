/**
 * The content collections. Every aftercare fact lives in `content/`; the schemas in `src/schemas/` say
 * what each entry must hold, and a broken entry fails the build naming its file and field. The glossary is
 * read both here (tables, the timeline and the handout explain terms) and by the remark plugin that explains
 * terms in guide pages, with the same strict schema.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { restrictionSchema } from './schemas/restrictions';
import { routineStepSchema } from './schemas/routine';
import { warningSignSchema } from './schemas/warning-signs';
import { procedureSchema } from './schemas/procedures';
import { sourceSchema } from './schemas/sources';
import { preparationSchema } from './schemas/preparation';
import { siteSchema } from './schemas/site';
import { glossarySchema } from './schemas/glossary';
import { expectedEffectSchema } from './schemas/expected-effects';
import { tipSchema } from './schemas/tips';
import { contentDir } from './schemas/references';

/** Content lives at the project root so a clinic edits `content/` and never `src/` (CONTENT_DIR for test fixtures). */
const data = (name: string) => glob({ pattern: '*.{yaml,yml,json}', base: `${contentDir()}/${name}` });

export const collections = {
  guide: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `${contentDir()}/guide` }), schema: guideSchema }),
  restrictions: defineCollection({ loader: data('restrictions'), schema: restrictionSchema }),
  routine: defineCollection({ loader: data('routine'), schema: routineStepSchema }),
  warningSigns: defineCollection({ loader: data('warning-signs'), schema: warningSignSchema }),
  procedures: defineCollection({ loader: data('procedures'), schema: procedureSchema }),
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
  preparation: defineCollection({ loader: data('preparation'), schema: preparationSchema }),
  glossary: defineCollection({ loader: data('glossary'), schema: glossarySchema }),
  site: defineCollection({ loader: data('site'), schema: siteSchema }),
  expectedEffects: defineCollection({ loader: data('expected-effects'), schema: expectedEffectSchema }),
  tips: defineCollection({ loader: data('tips'), schema: tipSchema }),
};
