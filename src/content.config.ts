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
import { withContentErrors } from './loaders/content-errors';
import type { z } from 'astro/zod';

/** A collection whose mistakes stop the build naming the file and the field, in plain words. */
const collection = <S extends z.ZodType>(loader: Loader, schema: S) => defineCollection({ loader: withContentErrors(loader, schema), schema });

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
  esGuide: collection(words('es', 'guide'), guideWordsSchema),
  esRestrictions: collection(words('es', 'restrictions'), TRANSLATION_FOLDERS.restrictions),
  esRoutine: collection(words('es', 'routine'), TRANSLATION_FOLDERS.routine),
  esWarningSigns: collection(words('es', 'warning-signs'), TRANSLATION_FOLDERS['warning-signs']),
  esPreparation: collection(words('es', 'preparation'), TRANSLATION_FOLDERS.preparation),
  esExpectedEffects: collection(words('es', 'expected-effects'), TRANSLATION_FOLDERS['expected-effects']),
  esTips: collection(words('es', 'tips'), TRANSLATION_FOLDERS.tips),
  esProcedures: collection(words('es', 'procedures'), TRANSLATION_FOLDERS.procedures),
  esGlossary: collection(words('es', 'glossary'), TRANSLATION_FOLDERS.glossary),
  esSite: collection(words('es', 'site'), TRANSLATION_FOLDERS.site),
  esSources: collection(words('es', 'sources'), TRANSLATION_FOLDERS.sources),
};

export const collections = {
  ...spanish,
  guide: collection(guidePages({ base: `${contentDir()}/guide` }), guideSchema),
  restrictions: collection(data('restrictions'), restrictionSchema),
  routine: collection(data('routine'), routineStepSchema),
  warningSigns: collection(data('warning-signs'), warningSignSchema),
  procedures: collection(data('procedures'), procedureSchema),
  sources: collection(data('sources'), sourceSchema),
  preparation: collection(data('preparation'), preparationSchema),
  glossary: collection(data('glossary'), glossarySchema),
  site: collection(data('site'), siteSchema),
  expectedEffects: collection(data('expected-effects'), expectedEffectSchema),
  tips: collection(data('tips'), tipSchema),
};
