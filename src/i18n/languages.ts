/**
 * Which languages the content publishes, read straight from `<content>/site/site.yaml` (Node only): the Astro
 * config needs them before any collection loads (i18n routing), and the content config to know which
 * translation folders to load. The site schema checks the same field in the build.
 */
import { readSiteFile } from '../data/site-file';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../schemas/vocabulary';

/** The languages listed in site.yaml (`languages`), the default language alone when unset or unreadable. */
export function siteLanguages(contentDir: string): Locale[] {
  const listed = readSiteFile(contentDir)['languages'];
  // A bad list is reported by the site schema, naming the field; here it only must not break the config.
  return Array.isArray(listed) && listed.length > 0 && listed.every(isLocale) ? [...new Set(listed)] : [DEFAULT_LOCALE];
}
