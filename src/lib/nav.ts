/**
 * Guide navigation that stays small as the library grows: built once per build from the guide pages, it gives
 * each page only the links a reader needs (the sections, its own section's pages, previous and next) instead
 * of every page, so a page's size does not grow with the library and `dist/` grows linearly.
 * Pure: no Astro, no DOM. Paths are root-relative (`/cleansing/`); components add the base path.
 */

/** What navigation needs to know about a guide page. */
export interface NavPageInput<S extends string = string> {
  /** URL slug (the file name). */
  id: string;
  /** Page title. */
  title: string;
  /** Shorter title for navigation, when set. */
  navLabel?: string | undefined;
  /** One or two sentences: what the page tells you. */
  description: string;
  /** The section it belongs to. */
  section: S;
  /** Position within its section (lowest first). */
  order: number;
}

/** A guide page as navigation shows it. */
export interface NavPage<S extends string = string> {
  id: string;
  path: string;
  title: string;
  /** Navigation label: `navLabel`, else the title. */
  label: string;
  description: string;
  section: S;
}

/** A section with its pages in order, and where its index page is. */
export interface NavSection<S extends string = string> {
  id: S;
  label: string;
  /** First page of the section's index. */
  path: string;
  pages: NavPage<S>[];
}

/** The sidebar of one page: every section, and a window of the current section's pages. */
export interface Sidebar<S extends string = string> {
  sections: {
    id: S;
    label: string;
    path: string;
    count: number;
    current: boolean;
    /** Pages listed under the section (empty when collapsed). */
    pages: NavPage<S>[];
    /** Pages of the section left out of `pages` before and after them (0 when the whole section is listed). */
    hiddenBefore: number;
    hiddenAfter: number;
  }[];
}

/** Limits that keep every page small. */
export const NAV_LIMITS = {
  /** A guide this small lists every page in every page's sidebar (it costs little and helps browsing). */
  fullSidebarUpTo: 30,
  /** Otherwise the sidebar lists at most this many of the current section's pages, around the current one. */
  sidebarWindow: 15,
  /** Pages per section index page; longer sections get numbered pages (/topics/<section>/2/). */
  indexPageSize: 50,
  /** Pages listed per section on the home and search pages before a link to the section's index. */
  overviewPerSection: 12,
} as const;

/** Slug order for pages with the same section and order: natural, so "part-2" comes before "part-10". */
export const bySlug = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** The path of a section's index page (1-based page number). */
export function sectionPath(section: string, pageNumber = 1): string {
  return pageNumber <= 1 ? `/topics/${section}/` : `/topics/${section}/${pageNumber}/`;
}

/** Number of index pages a section of `count` pages needs. */
export function indexPageCount(count: number, pageSize: number = NAV_LIMITS.indexPageSize): number {
  return Math.max(1, Math.ceil(count / pageSize));
}

/** The guide's navigation, computed once per build. */
export interface GuideNav<S extends string = string> {
  /** Every page in reading order: section by section, by order, then by slug. */
  pages: NavPage<S>[];
  /** Sections that have pages, in the given order. */
  sections: NavSection<S>[];
  /** The pages before and after a page in reading order. */
  neighbours(id: string): { previous?: NavPage<S> | undefined; next?: NavPage<S> | undefined };
  /** The section a page belongs to. */
  sectionOf(id: string): NavSection<S>;
  /** The index page (path) that lists a page. */
  indexPathOf(id: string): string;
  /** The sidebar for a guide page, or (no id) for a page outside the guide's sections. */
  sidebar(id?: string): Sidebar<S>;
}

/**
 * Sorts the pages and groups them by section, once. `sections` gives the section order and labels; a page
 * in a section not listed there is an error (the schema allows only known sections).
 */
export function buildGuideNav<S extends string>(
  input: readonly NavPageInput<S>[],
  sections: readonly { id: S; label: string }[],
  limits: { fullSidebarUpTo: number; sidebarWindow: number; indexPageSize: number } = NAV_LIMITS,
): GuideNav<S> {
  const rank = new Map(sections.map((s, i) => [s.id, i]));
  for (const p of input) {
    if (!rank.has(p.section)) throw new Error(`Guide page "${p.id}" is in unknown section "${p.section}"`);
  }
  const sorted = [...input].sort(
    (a, b) => rank.get(a.section)! - rank.get(b.section)! || a.order - b.order || bySlug(a.id, b.id),
  );
  const pages: NavPage<S>[] = sorted.map((p) => ({
    id: p.id,
    path: `/${p.id}/`,
    title: p.title,
    label: p.navLabel ?? p.title,
    description: p.description,
    section: p.section,
  }));
  const navSections: NavSection<S>[] = sections
    .map((s) => ({ id: s.id, label: s.label, path: sectionPath(s.id), pages: pages.filter((p) => p.section === s.id) }))
    .filter((s) => s.pages.length > 0);
  const position = new Map(pages.map((p, i) => [p.id, i]));
  const inSection = new Map<string, number>();
  for (const s of navSections) s.pages.forEach((p, i) => inSection.set(p.id, i));
  const bySection = new Map(navSections.map((s) => [s.id, s]));

  const at = (id: string) => {
    const i = position.get(id);
    if (i === undefined) throw new Error(`No guide page "${id}"`);
    return i;
  };
  const sectionOf = (id: string) => bySection.get(pages[at(id)]!.section)!;
  const full = pages.length <= limits.fullSidebarUpTo;

  return {
    pages,
    sections: navSections,
    neighbours(id) {
      const i = at(id);
      return { previous: pages[i - 1], next: pages[i + 1] };
    },
    sectionOf,
    indexPathOf(id) {
      const section = sectionOf(id);
      return sectionPath(section.id, Math.floor(inSection.get(id)! / limits.indexPageSize) + 1);
    },
    sidebar(id) {
      const current = id === undefined ? undefined : sectionOf(id);
      return {
        sections: navSections.map((s) => {
          const isCurrent = s.id === current?.id;
          const shown = full
            ? { start: 0, end: s.pages.length }
            : isCurrent
              ? pageWindow(s.pages.length, inSection.get(id!)!, limits.sidebarWindow)
              : { start: 0, end: 0 };
          return {
            id: s.id,
            label: s.label,
            path: s.path,
            count: s.pages.length,
            current: isCurrent,
            pages: s.pages.slice(shown.start, shown.end),
            hiddenBefore: isCurrent || full ? shown.start : 0,
            hiddenAfter: isCurrent || full ? s.pages.length - shown.end : 0,
          };
        }),
      };
    },
  };
}

/**
 * At most `size` consecutive positions out of `count` that include `current`, centred on it where possible.
 * Returns [start, end) positions.
 */
export function pageWindow(count: number, current: number, size: number): { start: number; end: number } {
  if (count <= size) return { start: 0, end: count };
  const start = Math.min(Math.max(0, current - Math.floor((size - 1) / 2)), count - size);
  return { start, end: start + size };
}

/** Splits a section's pages into its index pages of `pageSize` (at least one, possibly empty). */
export function indexPages<T>(items: readonly T[], pageSize: number = NAV_LIMITS.indexPageSize): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += pageSize) chunks.push(items.slice(i, i + pageSize));
  return chunks.length ? chunks : [[]];
}
