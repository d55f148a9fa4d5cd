/**
 * UI strings and language-aware links for pages and components (build time: the timeline island gets its
 * own language's slice as a prop, never this module, so a page ships one dictionary).
 */
import { en, type UiStrings } from './en';
import { es } from './es';
import { withBase } from '../lib/paths';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../schemas/vocabulary';

export type { UiStrings };
export const DICTIONARIES: Record<Locale, UiStrings> = { en, es };

/** The UI strings of a language. */
export const ui = (lang: Locale = DEFAULT_LOCALE): UiStrings => DICTIONARIES[lang];

/** The page's language: a component's `lang` prop, else the language of the page being rendered (its URL). */
export function langOf(astro: { currentLocale?: string | undefined; props?: object }): Locale {
  const lang = (astro.props as { lang?: unknown } | undefined)?.lang ?? astro.currentLocale;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/** A page path (`/avoid/`) in a language: `/avoid/` in English, `/es/avoid/` in Spanish. */
export const inLang = (path: string, lang: Locale = DEFAULT_LOCALE): string =>
  lang === DEFAULT_LOCALE ? path : `/${lang}${path.startsWith('/') ? path : `/${path}`}`;

/** A link to a page in a language, with the deploy's base path (`/aftercare/es/avoid/`). */
export const pageHref = (path: string, lang: Locale = DEFAULT_LOCALE): string => withBase(import.meta.env.BASE_URL, inLang(path, lang));

/** The guide page that lists every source in full (content/guide/sources-and-disclaimer.md[x]). */
export const SOURCES_PAGE = '/sources-and-disclaimer/';

/** A source's full citation, on the sources page, in a language. */
export const sourceHref = (sourceId: string, lang: Locale = DEFAULT_LOCALE): string => pageHref(`${SOURCES_PAGE}#source-${sourceId}`, lang);

/** A language-neutral page path from a pathname without the base (`/es/avoid/` -> `/avoid/`), and its language. */
export function splitLang(path: string): { lang: Locale; path: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) return { lang: match[1], path: match[2] ?? '/' };
  return { lang: DEFAULT_LOCALE, path };
}
