/** The site's pages, read from content/ (the same source the build uses), for specs that visit every page. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const contentDir = join(import.meta.dirname, '../content');

export interface GuidePageInfo {
  slug: string;
  path: string;
  title: string;
  section: string;
  order: number;
}

/** Every guide page, with its path and title from its frontmatter. */
export function guidePages(): GuidePageInfo[] {
  return readdirSync(join(contentDir, 'guide'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const text = readFileSync(join(contentDir, 'guide', f), 'utf8');
      const frontmatter = parse(text.split(/^---$/m)[1] ?? '') as { title: string; section: string; order: number };
      const slug = f.replace(/\.mdx?$/, '');
      return { slug, path: `/${slug}/`, title: frontmatter.title, section: frontmatter.section, order: frontmatter.order };
    });
}

/** Every restriction's id and data. */
export function restrictions(): { id: string; label: string; order: number; windows: { procedure: string; firstDay: number; lastDay: number }[] }[] {
  return readdirSync(join(contentDir, 'restrictions'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(contentDir, 'restrictions', f), 'utf8')) }))
    .sort((a, b) => a.order - b.order);
}

/** Pages that are not guide pages, with their main heading. */
export const OTHER_PAGES = [
  { path: '/', title: 'Microneedling Aftercare' },
  { path: '/avoid/', title: 'What to avoid, and until when' },
];

/** Every procedure type's id and data, in content order. */
export function procedures(): { id: string; name: string; recoveryThroughDay: number; order: number }[] {
  return readdirSync(join(contentDir, 'procedures'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(contentDir, 'procedures', f), 'utf8')) }))
    .sort((a, b) => a.order - b.order);
}
