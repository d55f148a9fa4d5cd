/**
 * `<content>/site/site.yaml` read as plain YAML (Node only), for what the Astro config needs before any
 * collection loads: the languages (i18n routing) and the site's address (sitemap). The site schema checks the
 * same fields in the build and reports a bad one, naming it; here a bad file only must not break the config.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** site.yaml's fields, or an empty object when the file is missing or is not YAML. */
export function readSiteFile(contentDir: string): Record<string, unknown> {
  try {
    const data: unknown = parse(readFileSync(`${contentDir}/site/site.yaml`, 'utf8'));
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
