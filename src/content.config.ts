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
import { guideWordsSchema, TRANSLATION_FOLDERS, type TranslationFolder } from './schemas/translations';
import { siteLanguages } from './i18n/languages';
import type { Loader } from 'astro/loaders';
import { guidePages } from './loaders/guide';

/** Content lives at the project root so a clinic edits `content/` and never `src/` (CONTENT_DIR for test fixtures). */
const data = (name: string) => glob({ pattern: '*.{yaml,yml,json}', base: `${contentDir()}/${name}` });

/**
 * A language's words for one folder (`content/translations/<lang>/<folder>/`), loaded only when site.yaml
 * publishes the language, so an English-only site needs no translations folder at all.
 */
function words(lang: 'es', folder: TranslationFolder | 'guide'): Loader {
  const base = `${contentDir()}/translations/${lang}/${folder}`;
  const inner = folder === 'guide' ? guidePages({ base }) : glob({ pattern: '*.{yaml,yml,json}', base });
  const enabled = siteLanguages(contentDir()).includes(lang);
  return {
    name: `translations-${lang}-${folder}`,
    load: async (context) => (enabled ? inner.load(context) : context.store.clear()),
  };
}

/** Spanish words, one collection per folder (text only: the facts stay in the English entry). */
const spanish = {
  esGuide: defineCollection({ loader: words('es', 'guide'), schema: guideWordsSchema }),
  esRestrictions: defineCollection({ loader: words('es', 'restrictions'), schema: TRANSLATION_FOLDERS.restrictions }),
  esRoutine: defineCollection({ loader: words('es', 'routine'), schema: TRANSLATION_FOLDERS.routine }),
  esWarningSigns: defineCollection({ loader: words('es', 'warning-signs'), schema: TRANSLATION_FOLDERS['warning-signs'] }),
  esPreparation: defineCollection({ loader: words('es', 'preparation'), schema: TRANSLATION_FOLDERS.preparation }),
  esExpectedEffects: defineCollection({ loader: words('es', 'expected-effects'), schema: TRANSLATION_FOLDERS['expected-effects'] }),
  esTips: defineCollection({ loader: words('es', 'tips'), schema: TRANSLATION_FOLDERS.tips }),
  esProcedures: defineCollection({ loader: words('es', 'procedures'), schema: TRANSLATION_FOLDERS.procedures }),
  esGlossary: defineCollection({ loader: words('es', 'glossary'), schema: TRANSLATION_FOLDERS.glossary }),
  esSite: defineCollection({ loader: words('es', 'site'), schema: TRANSLATION_FOLDERS.site }),
};

export const collections = {
  ...spanish,
  guide: defineCollection({ loader: guidePages({ base: `${contentDir()}/guide` }), schema: guideSchema }),
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
